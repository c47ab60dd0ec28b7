import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { TunedPostgresSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, { services: [TunedPostgresSearchService] })
