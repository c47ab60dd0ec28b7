import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { countedTotal, shiftTotals } from "../../../lib/pos/shift-report"

export const closePosShiftStepId = "ocop-close-pos-shift"

/** Closes a shift with the drawer's count; closing a closed shift changes nothing. Undo reopens it. */
export const closePosShiftStep = createStep(
  closePosShiftStepId,
  async (input: { shift_id: string; counted: Record<string, number> }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const shift = await service.retrievePosShift(input.shift_id)
    if (shift.status === "closed") return new StepResponse(shift, null as string | null)
    const [sales, returns] = await Promise.all([
      service.listPosSales({ shift_id: shift.id, status: "completed" }, { take: null }),
      service.listPosReturns({ shift_id: shift.id, status: "completed" }, { take: null }),
    ])
    const totals = shiftTotals(shift.opening_float, sales as any, returns as any)
    const closed = await service.updatePosShifts({
      id: shift.id,
      status: "closed",
      closed_at: new Date(),
      counted: input.counted as any,
      counted_total: countedTotal(input.counted),
      expected_cash: totals.expected_cash,
    })
    return new StepResponse(closed, shift.id as string | null)
  },
  async (shiftId, { container }) => {
    if (!shiftId) return
    await (container.resolve(POS_MODULE) as PosModuleService).updatePosShifts({ id: shiftId, status: "open", closed_at: null, counted: null, counted_total: null, expected_cash: null })
  }
)
