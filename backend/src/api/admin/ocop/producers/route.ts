import { recordRoutes } from "../admin-records"
import { PRODUCER_SPEC } from "../specs"

const routes = recordRoutes(PRODUCER_SPEC)
export const GET = routes.list
export const POST = routes.create
