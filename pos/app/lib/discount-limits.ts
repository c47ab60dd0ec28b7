import type { Discount } from "./api/types"
import { discountOf } from "./cart-pricing"

/**
 * Whether a clerk may give a discount, checked before the sale is sent so the clerk sees why
 * (the backend checks again: 403 discount_limit). A discount's limit is a percentage of what it
 * applies to: the line's price × quantity, or for the order the lines after their discounts.
 * It is compared on the đồng actually taken off, as the backend does.
 */
export type DiscountProblem =
  | { problem: "no_reason" }
  | { problem: "bad_value" }
  | { problem: "over_limit"; limit: number; max_amount: number }

export function checkDiscount(base: number, discount: Discount, limitPercent: number): DiscountProblem | null {
  if (!discount.reason.trim()) return { problem: "no_reason" }
  const whole = Number.isSafeInteger(discount.value) && discount.value >= 0
  if (!whole || (discount.kind === "percent" && discount.value > 100)) return { problem: "bad_value" }
  const off = discountOf(base, discount)
  const overPercent = discount.kind === "percent" && discount.value > limitPercent
  if (overPercent || off * 100 > limitPercent * base) return { problem: "over_limit", limit: limitPercent, max_amount: maxDiscount(base, limitPercent) }
  return null
}

/** The most đồng a limit lets a clerk take off an amount. */
export function maxDiscount(base: number, limitPercent: number): number {
  return Math.floor((base * limitPercent) / 100)
}
