/**
 * The end-of-day figures of a counter, from its sales records (net of what came back since):
 * by product, by producer (what the centre owes each on consignment) and by payment method. Pure.
 */
type Line = { product_id: string; title_vi: string; producer: { handle: string; name: string } | null; quantity: number; total: number; returned: number }
type Sale = { lines: Line[]; payments: { method: string; amount: number }[]; total: number; returned_total: number }
type Return = { amount: number; refund: string }

/** What a line still counts for after `returned` units came back: its total shared per unit, exactly. */
function kept(l: Line) {
  const quantity = l.quantity - l.returned
  const total = l.quantity === 0 ? 0 : l.total - Math.round((l.total * l.returned) / l.quantity)
  return { quantity, total }
}

export function dayReport(sales: Sale[], returnsToday: Return[]) {
  const byProduct = new Map<string, { product_id: string; title: string; quantity: number; total: number }>()
  const byProducer = new Map<string, { handle: string; name: string; quantity: number; total: number }>()
  const by_method: Record<string, number> = { cash: 0, vietqr: 0, card: 0 }
  for (const s of sales) {
    for (const p of s.payments) by_method[p.method] = (by_method[p.method] ?? 0) + p.amount
    for (const l of s.lines) {
      const k = kept(l)
      const prod = byProduct.get(l.product_id) ?? { product_id: l.product_id, title: l.title_vi, quantity: 0, total: 0 }
      prod.quantity += k.quantity
      prod.total += k.total
      byProduct.set(l.product_id, prod)
      const key = l.producer?.handle ?? "-"
      const who = byProducer.get(key) ?? { handle: key, name: l.producer?.name ?? "—", quantity: 0, total: 0 }
      who.quantity += k.quantity
      who.total += k.total
      byProducer.set(key, who)
    }
  }
  const desc = <T extends { total: number }>(rows: T[]) => rows.sort((a, b) => b.total - a.total)
  return {
    sales_count: sales.length,
    total: sales.reduce((n, s) => n + s.total, 0),
    returned_since: sales.reduce((n, s) => n + s.returned_total, 0),
    returns_today: returnsToday.reduce((n, r) => n + r.amount, 0),
    cash_refunds_today: returnsToday.filter((r) => r.refund === "cash").reduce((n, r) => n + r.amount, 0),
    by_method,
    by_product: desc([...byProduct.values()]),
    by_producer: desc([...byProducer.values()]),
  }
}

/** The same as CSV, one section per table, for a spreadsheet. */
export function dayReportCsv(date: string, centre: string, r: ReturnType<typeof dayReport>): string {
  const cell = (v: string | number) => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const row = (...cells: (string | number)[]) => cells.map(cell).join(",")
  return [
    row("OCOP POS day report", centre, date),
    "",
    row("Sales", "Total (VND)", "Returned since (VND)", "Returns today (VND)"),
    row(r.sales_count, r.total, r.returned_since, r.returns_today),
    "",
    row("Payment method", "Amount (VND)"),
    ...Object.entries(r.by_method).map(([m, a]) => row(m, a)),
    "",
    row("Product", "Product id", "Quantity", "Total (VND)"),
    ...r.by_product.map((p) => row(p.title, p.product_id, p.quantity, p.total)),
    "",
    row("Producer", "Handle", "Quantity", "Total (VND)"),
    ...r.by_producer.map((p) => row(p.name, p.handle, p.quantity, p.total)),
  ].join("\n") + "\n"
}

