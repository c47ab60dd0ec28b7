import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

export const forgetPendingPosSaleStepId = "ocop-forget-pending-pos-sale"

/**
 * Removes a counter sale's record that stayed "pending" (its server died mid-sale), so the till's
 * next retry of the same client id records it afresh. A sale that completed meanwhile is kept.
 * Undone by restoring the record.
 */
export const forgetPendingPosSaleStep = createStep(
  forgetPendingPosSaleStepId,
  async ({ sale_id }: { sale_id: string }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const [sale] = await pos.listPosSales({ id: sale_id, status: "pending" }, { take: 1 })
    if (!sale) return new StepResponse(false, null)
    await pos.softDeletePosSales(sale.id)
    return new StepResponse(true, sale.id)
  },
  async (saleId, { container }) => {
    if (!saleId) return
    const pos: PosModuleService = container.resolve(POS_MODULE)
    await pos.restorePosSales(saleId)
  }
)
