import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../modules/pos"
import type PosModuleService from "../../../../modules/pos/service"
import { saleView } from "../../../../lib/pos/sale-view"
import { pos } from "../../pos-clerk"

/** GET /pos/sales/:id: one of this centre's sales (another centre's is not found). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = pos(req)
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const [sale] = await service.listPosSales({ id: req.params.id, centre_id: ctx.centre.id, status: "completed" }, { take: 1 })
  if (!sale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sale ${req.params.id} was not found at this centre.`)
  res.json({ sale: saleView(sale, ctx.centre) })
}
