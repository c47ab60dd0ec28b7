import { MedusaService } from "@medusajs/framework/utils"
import Centre from "./models/centre"
import CraftVillage from "./models/craft-village"
import Producer from "./models/producer"
import Certification from "./models/certification"

class OcopModuleService extends MedusaService({
  Centre,
  CraftVillage,
  Producer,
  Certification,
}) {}

export default OcopModuleService
