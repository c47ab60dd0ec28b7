/**
 * What a shift took in and what the drawer should hold: the float, plus the cash kept from sales
 * (a cash tender's amount, the change already given back), minus cash refunded. Pure.
 */
type Sale = { payments: { method: string; amount: number }[]; total: number }
type Return = { refund: string; amount: number }

export function shiftTotals(openingFloat: number, sales: Sale[], returns: Return[]) {
  const by_method: Record<string, number> = { cash: 0, vietqr: 0, card: 0 }
  for (const s of sales) for (const p of s.payments) by_method[p.method] = (by_method[p.method] ?? 0) + p.amount
  const cash_refunds = returns.filter((r) => r.refund === "cash").reduce((n, r) => n + r.amount, 0)
  return {
    opening_float: openingFloat,
    sales_count: sales.length,
    sales_total: sales.reduce((n, s) => n + s.total, 0),
    returns_count: returns.length,
    returns_total: returns.reduce((n, r) => n + r.amount, 0),
    by_method,
    cash_refunds,
    expected_cash: openingFloat + (by_method.cash ?? 0) - cash_refunds,
  }
}

/** The drawer counted by face value (đồng → how many), in đồng. */
export function countedTotal(counted: Record<string, number>): number {
  return Object.entries(counted).reduce((n, [face, count]) => n + Number(face) * count, 0)
}
