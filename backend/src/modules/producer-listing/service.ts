import { MedusaService } from "@medusajs/framework/utils"
import ProducerListing from "./models/producer-listing"

class ProducerListingModuleService extends MedusaService({ ProducerListing }) {}

export default ProducerListingModuleService
