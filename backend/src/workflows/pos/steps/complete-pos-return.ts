import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { PreparedReturn, SaleLine } from "../types"

export const completePosReturnStepId = "ocop-complete-pos-return"

/** Marks the return done and counts the units back on the sale's lines; undo counts them out again. */
export const completePosReturnStep = createStep(
  completePosReturnStepId,
  async (input: { return_id: string; order_return_id: string | null; prepared: PreparedReturn }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const sale = await service.retrievePosSale(input.prepared.sale_id)
    const before = { lines: sale.lines, returned_total: sale.returned_total }
    const lines = (sale.lines as unknown as SaleLine[]).map((l, i) => ({ ...l, returned: l.returned + (input.prepared.returned.find((r) => r.index === i)?.quantity ?? 0) }))
    await service.updatePosSales({ id: sale.id, lines: lines as any, returned_total: sale.returned_total + input.prepared.amount })
    const done = await service.updatePosReturns({ id: input.return_id, status: "completed", order_return_id: input.order_return_id })
    return new StepResponse(done, { sale_id: sale.id, return_id: input.return_id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.updatePosSales({ id: undo.sale_id, lines: undo.before.lines as any, returned_total: undo.before.returned_total })
    await service.updatePosReturns({ id: undo.return_id, status: "pending" })
  }
)
