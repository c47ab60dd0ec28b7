import { MedusaService } from "@medusajs/framework/utils"
import PosReturn from "./models/pos-return"
import PosSale from "./models/pos-sale"
import PosShift from "./models/pos-shift"

class PosModuleService extends MedusaService({ PosShift, PosSale, PosReturn }) {}

export default PosModuleService
