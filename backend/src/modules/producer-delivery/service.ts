import { MedusaService } from "@medusajs/framework/utils"
import ProducerDelivery from "./models/producer-delivery"

class ProducerDeliveryModuleService extends MedusaService({ ProducerDelivery }) {}

export default ProducerDeliveryModuleService
