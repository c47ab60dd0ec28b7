import { recordRoutes } from "../admin-records"
import { VILLAGE_SPEC } from "../specs"

const routes = recordRoutes(VILLAGE_SPEC)
export const GET = routes.list
export const POST = routes.create
