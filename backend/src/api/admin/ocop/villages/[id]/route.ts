import { recordRoutes } from "../../admin-records"
import { VILLAGE_SPEC } from "../../specs"

const routes = recordRoutes(VILLAGE_SPEC)
export const GET = routes.retrieve
export const POST = routes.update
export const DELETE = routes.remove
