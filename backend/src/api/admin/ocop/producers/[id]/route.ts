import { recordRoutes } from "../../admin-records"
import { PRODUCER_SPEC } from "../../specs"

const routes = recordRoutes(PRODUCER_SPEC)
export const GET = routes.retrieve
export const POST = routes.update
export const DELETE = routes.remove
