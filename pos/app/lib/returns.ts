import { mulDivRound } from "@ocop/money"
import type { Sale, SaleLine } from "./api/types"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The order line item a return names for a sale line: the contract's `line_item_id`, else the
 * first of the `line_item_ids` the backend keeps (a line whose discount does not divide evenly
 * is two order items; a return of such a line is sent against the first).
 */
export function lineItemIdOf(line: Pick<SaleLine, "line_item_id" | "line_item_ids">): string {
  return line.line_item_id ?? line.line_item_ids?.[0] ?? ""
}

/** What is left to bring back of a line. */
export function returnable(line: Pick<SaleLine, "quantity" | "returned">): number {
  return Math.max(0, line.quantity - line.returned)
}

/** Whether a sale is still within the centre's return window (settings.return_window_days). */
export function withinReturnWindow(soldAt: string, days: number, now: Date = new Date()): boolean {
  return now.getTime() - new Date(soldAt).getTime() <= days * DAY_MS
}

/**
 * What a return is likely to refund: each line's total (after its discounts, including its share
 * of the order discount) in proportion to the units brought back. The backend's `amount` is what
 * counts; this is what the clerk sees before sending.
 */
export function refundEstimate(sale: Pick<Sale, "lines">, quantities: Record<string, number>): number {
  return sale.lines.reduce((s, l) => {
    const q = Math.min(quantities[lineItemIdOf(l)] ?? 0, returnable(l))
    return s + (q > 0 ? mulDivRound(l.total, q, l.quantity) : 0)
  }, 0)
}

/** The body's lines: only those with something brought back, never more than is returnable. */
export function returnLines(sale: Pick<Sale, "lines">, quantities: Record<string, number>) {
  return sale.lines
    .map((l) => ({ line_item_id: lineItemIdOf(l), quantity: Math.min(quantities[lineItemIdOf(l)] ?? 0, returnable(l)) }))
    .filter((l) => l.quantity > 0)
}
