import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { shiftTotals } from "../../../lib/pos/shift-report"
import type { MedusaContainer } from "@medusajs/framework/types"

export function shiftView(s: Record<string, any>) {
  return {
    id: s.id,
    till_id: s.till_id,
    status: s.status,
    opening_float: s.opening_float,
    opened_at: new Date(s.opened_at).toISOString(),
    closed_at: s.closed_at ? new Date(s.closed_at).toISOString() : null,
    counted: s.counted ?? null,
    counted_total: s.counted_total ?? null,
    expected_cash: s.expected_cash ?? null,
    difference: s.counted_total === null || s.counted_total === undefined || s.expected_cash === null ? null : s.counted_total - s.expected_cash,
  }
}

/** The shift report: what it sold, by payment method, and the drawer against what it should hold. */
export async function shiftReport(scope: MedusaContainer, shift: Record<string, any>, clerk: string | null) {
  const service: PosModuleService = scope.resolve(POS_MODULE)
  const [sales, returns] = await Promise.all([
    service.listPosSales({ shift_id: shift.id, status: "completed" }, { take: null }),
    service.listPosReturns({ shift_id: shift.id, status: "completed" }, { take: null }),
  ])
  const totals = shiftTotals(shift.opening_float, sales as any, returns as any)
  const counted = shift.counted_total ?? null
  return {
    shift: { ...shiftView(shift), clerk },
    ...totals,
    counted_cash: counted,
    difference: counted === null ? null : counted - totals.expected_cash,
  }
}
