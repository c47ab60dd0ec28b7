/**
 * A counter sale's arithmetic, in whole đồng. Pure, so every rule is unit-tested; the till does the
 * same sums to show the total, and the server's are the ones that count.
 */
export type Discount = { kind: "percent" | "amount"; value: number; reason: string }
export type SaleLineInput = { variant_id: string; quantity: number; unit_price: number; discount?: Discount | null }
export type Payment =
  | { method: "cash"; amount: number; tendered?: number }
  | { method: "vietqr"; amount: number; reference?: string }
  | { method: "card"; amount: number; last4: string; approval_code: string }

export type PricedLine = Omit<SaleLineInput, "discount"> & {
  discount_given: Discount | null
  gross: number
  line_discount: number
  order_discount: number
  /** Line and order discount together, đồng. */
  discount: number
  total: number
}

export class SaleProblem extends Error {
  constructor(public code: "discount_limit" | "discount_too_large" | "payments_short" | "payments_over" | "tendered_short", public detail: Record<string, number | string> = {}) {
    super(code)
  }
}

/** What a discount takes off an amount, whole đồng, never more than the amount. */
export function discountOf(amount: number, d: Discount | null | undefined): number {
  if (!d) return 0
  const off = d.kind === "percent" ? Math.round((amount * d.value) / 100) : Math.round(d.value)
  return Math.min(Math.max(0, off), amount)
}

/**
 * The discount as a percentage, for the caller's limit: a percent discount is what it says (10 %
 * of 15 ₫ rounds to 2 ₫, which must not count as 13 %); an amount is measured against what it
 * applies to.
 */
function limitPercentOf(d: Discount, amount: number, off: number) {
  if (d.kind === "percent") return d.value
  return amount === 0 ? 0 : (off * 100) / amount
}

/**
 * Splits `total` đồng over `weights` in proportion, exactly: each share is rounded down and the
 * đồng left over go to the largest remainders. Rounding each share on its own could make the
 * shares add up to a đồng more or less than the order discount the receipt shows.
 */
export function splitExactly(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0 || total === 0) return weights.map(() => 0)
  const raw = weights.map((w) => (total * w) / sum)
  const shares = raw.map(Math.floor)
  let left = total - shares.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0) break
    shares[i]! += 1
    left -= 1
  }
  return shares
}

/** Prices every line, spreads the order discount over the lines, and checks the caller's limits. */
export function priceSale(lines: SaleLineInput[], orderDiscount: Discount | null | undefined, limitPercent: number) {
  const withLine = lines.map((l) => {
    const gross = l.unit_price * l.quantity
    const line_discount = discountOf(gross, l.discount)
    if (l.discount && limitPercentOf(l.discount, gross, line_discount) > limitPercent + 1e-9) {
      throw new SaleProblem("discount_limit", { variant_id: l.variant_id, limit: limitPercent })
    }
    return { ...l, gross, line_discount }
  })
  const afterLines = withLine.reduce((s, l) => s + l.gross - l.line_discount, 0)
  const orderOff = discountOf(afterLines, orderDiscount)
  if (orderDiscount && limitPercentOf(orderDiscount, afterLines, orderOff) > limitPercent + 1e-9) throw new SaleProblem("discount_limit", { limit: limitPercent })
  const shares = splitExactly(orderOff, withLine.map((l) => l.gross - l.line_discount))
  const priced: PricedLine[] = withLine.map((l, i) => {
    const order_discount = shares[i]!
    const discount = l.line_discount + order_discount
    const { discount: given, ...rest } = l
    return { ...rest, discount_given: given ?? null, order_discount, discount, total: l.gross - discount }
  })
  const subtotal = priced.reduce((s, l) => s + l.gross, 0)
  const discount_total = priced.reduce((s, l) => s + l.discount, 0)
  return { lines: priced, subtotal, discount_total, total: subtotal - discount_total }
}

/** The tenders must cover the total exactly; only cash may be handed over in excess (change). */
export function settle(total: number, payments: Payment[]) {
  const paid = payments.reduce((s, p) => s + p.amount, 0)
  if (paid < total) throw new SaleProblem("payments_short", { total, paid })
  if (paid > total) throw new SaleProblem("payments_over", { total, paid })
  let change = 0
  for (const p of payments) {
    if (p.method !== "cash") continue
    const tendered = p.tendered ?? p.amount
    if (tendered < p.amount) throw new SaleProblem("tendered_short", { amount: p.amount, tendered })
    change += tendered - p.amount
  }
  return { paid, change }
}
