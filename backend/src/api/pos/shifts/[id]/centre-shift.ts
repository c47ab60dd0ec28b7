import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../modules/pos"
import type PosModuleService from "../../../../modules/pos/service"
import { shiftFilter } from "../../../../lib/pos/shift-ref"

/** The shift named in the URL (its id, or the client id a till opened it with offline), if it is
 *  this centre's; another centre's is "not found". */
export async function centreShift(req: MedusaRequest, centreId: string) {
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const [shift] = await service.listPosShifts({ ...shiftFilter(req.params.id!), centre_id: centreId }, { take: 1 })
  if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shift ${req.params.id} was not found at this centre.`)
  return shift
}
