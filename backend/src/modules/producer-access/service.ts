import { MedusaService } from "@medusajs/framework/utils"
import ProducerInvite from "./models/producer-invite"

class ProducerAccessModuleService extends MedusaService({ ProducerInvite }) {}

export default ProducerAccessModuleService
