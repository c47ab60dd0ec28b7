import { allocate, percentOf } from "@ocop/money"
import type { Discount } from "./api/types"

/**
 * A cart's sums in whole đồng, the same way the backend prices a sale (backend/src/lib/pos/
 * sale-math.ts): a percent discount is rounded half up to the đồng, an amount is capped at what
 * it applies to, and the order discount applies to the lines after their own discounts.
 */
export type PricedLineInput = { unit_price: number; quantity: number; discount?: Discount | null }

export type PricedLine = {
  gross: number
  line_discount: number
  /** This line's share of the order discount. */
  order_discount: number
  /** Line and order discount together. */
  discount: number
  total: number
}

export type PricedCart = {
  lines: PricedLine[]
  subtotal: number
  line_discount_total: number
  /** What the lines come to after their own discounts: the order discount's base. */
  after_lines: number
  order_discount: number
  discount_total: number
  total: number
}

/** What a discount takes off an amount: never below zero, never more than the amount. */
export function discountOf(amount: number, discount: Discount | null | undefined): number {
  if (!discount) return 0
  const off = discount.kind === "percent" ? percentOf(amount, discount.value) : discount.value
  return Math.min(Math.max(0, off), amount)
}

export function priceCart(lines: readonly PricedLineInput[], orderDiscount?: Discount | null): PricedCart {
  const withLine = lines.map((l) => {
    const gross = l.unit_price * l.quantity
    return { gross, line_discount: discountOf(gross, l.discount) }
  })
  const afterLines = withLine.reduce((s, l) => s + l.gross - l.line_discount, 0)
  const orderOff = discountOf(afterLines, orderDiscount)
  // The order discount is shared over the lines by the largest-remainder method, so the shares
  // add up to exactly the discount the receipt shows: rounding each share on its own could lose
  // or invent a đồng, and a line's share is what a return of that line gives back.
  const shares = afterLines === 0 ? withLine.map(() => 0) : allocate(orderOff, withLine.map((l) => l.gross - l.line_discount))
  const priced = withLine.map((l, i) => {
    const order_discount = shares[i] ?? 0
    const discount = l.line_discount + order_discount
    return { ...l, order_discount, discount, total: l.gross - discount }
  })
  const subtotal = priced.reduce((s, l) => s + l.gross, 0)
  const line_discount_total = priced.reduce((s, l) => s + l.line_discount, 0)
  const discount_total = line_discount_total + orderOff
  return { lines: priced, subtotal, line_discount_total, after_lines: afterLines, order_discount: orderOff, discount_total, total: subtotal - discount_total }
}
