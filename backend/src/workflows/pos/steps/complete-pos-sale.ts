import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { withShortages, type ConflictLine, type PosConflict } from "../../../lib/pos/conflict"
import type { SaleLine } from "../types"

export const completePosSaleStepId = "ocop-complete-pos-sale"

type Input = {
  sale_id: string
  order_id: string
  lines: SaleLine[]
  /** Lines an offline sale was short of at the centre (reserve-at-centre), and the record's conflict so far. */
  shortages?: ConflictLine[]
  conflict?: PosConflict | null
}

/** The sale is an order now: its record points at the order and at each line's order items, and
 *  a shortfall an offline sale synced into is flagged as its conflict. */
export const completePosSaleStep = createStep(
  completePosSaleStepId,
  async (input: Input, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const before = input.conflict ?? null
    const conflict = withShortages(before, input.shortages ?? [])
    const flagged = conflict !== before ? { conflict: conflict as any, conflict_status: conflict?.status ?? null } : {}
    const sale = await service.updatePosSales({ id: input.sale_id, status: "completed", order_id: input.order_id, lines: input.lines as any, ...flagged })
    return new StepResponse(sale, { sale_id: input.sale_id, conflict: before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.updatePosSales({ id: undo.sale_id, status: "pending", order_id: null, conflict: undo.conflict as any, conflict_status: undo.conflict?.status ?? null })
  }
)
