import { hanoiDate, hanoiMidnight } from "../hanoi-time"

/**
 * A producer's sales figures from the lines of their goods, web and counter alike. Pure: the
 * reads (sales-reads.server.ts) turn orders and counter sales into `SoldLine`s, this adds them up,
 * so the arithmetic is unit-tested without a server.
 */
export type Channel = "web" | "counter"
export type CentreRef = { id: string; handle: string; name_vi: string; name_en: string }

export type SoldLine = {
  /** The Medusa order (web) or the pos_sale (counter) the line belongs to. */
  sale_id: string
  channel: Channel
  centre_id: string
  sold_at: Date
  product_id: string
  title_vi: string
  title_en: string
  quantity: number
  /** What the customer paid for the line, đồng, after line and order discounts. */
  total: number
  /** Units that came back (returned or refunded). */
  returned: number
}

const DAY = 86_400_000


export type Range = { from: string; to: string; start: Date; end: Date }

/**
 * The days asked for, both ends included: the last 30 Hanoi days (today too) by default. A
 * refusal is a sentence for the caller; the range is capped at a year so a dashboard read stays small.
 */
export function salesRange(from: string | undefined, to: string | undefined, now = new Date()): Range | { error: string } {
  const toDate = to ?? hanoiDate(now)
  const end = hanoiMidnight(toDate)
  if (!end) return { error: `to: expected a date YYYY-MM-DD, got "${to}".` }
  const fromDate = from ?? hanoiDate(new Date(end.getTime() - 29 * DAY))
  const start = hanoiMidnight(fromDate)
  if (!start) return { error: `from: expected a date YYYY-MM-DD, got "${from}".` }
  if (start > end) return { error: `from (${fromDate}) is after to (${toDate}).` }
  if (end.getTime() - start.getTime() > 366 * DAY) return { error: "A range covers at most 366 days." }
  return { from: fromDate, to: toDate, start, end: new Date(end.getTime() + DAY) }
}

/** What a line still counts for after `returned` units came back: its total shared per unit (as the POS day report). */
export function kept(l: Pick<SoldLine, "quantity" | "total" | "returned">) {
  const returned = Math.min(Math.max(l.returned, 0), l.quantity)
  const units = l.quantity - returned
  const revenue = l.quantity === 0 ? 0 : l.total - Math.round((l.total * returned) / l.quantity)
  return { units, revenue }
}

export function aggregateSales(lines: SoldLine[], centres: CentreRef[], range: Pick<Range, "from" | "to" | "start" | "end">) {
  const centreById = new Map(centres.map((c) => [c.id, c]))
  const inRange = lines.filter((l) => l.sold_at >= range.start && l.sold_at < range.end)
  const series = new Map<string, { date: string; revenue: number; units: number }>()
  // Every day of the range, sold or not, so a chart has no gaps.
  for (let t = range.start.getTime(); t < range.end.getTime(); t += DAY) {
    const date = hanoiDate(new Date(t))
    series.set(date, { date, revenue: 0, units: 0 })
  }
  const byProduct = new Map<string, { product_id: string; title_vi: string; title_en: string; units: number; revenue: number }>()
  const byCentre = new Map<string, { centre: { handle: string; name_vi: string; name_en: string }; channel: Channel; units: number; revenue: number }>()
  const sales = new Set<string>()
  let units = 0
  let revenue = 0
  for (const l of inRange) {
    const k = kept(l)
    sales.add(`${l.channel}:${l.sale_id}`)
    units += k.units
    revenue += k.revenue
    const day = series.get(hanoiDate(l.sold_at))
    if (day) {
      day.units += k.units
      day.revenue += k.revenue
    }
    const p = byProduct.get(l.product_id) ?? { product_id: l.product_id, title_vi: l.title_vi, title_en: l.title_en, units: 0, revenue: 0 }
    p.units += k.units
    p.revenue += k.revenue
    byProduct.set(l.product_id, p)
    const c = centreById.get(l.centre_id)
    const key = `${l.centre_id}:${l.channel}`
    const row = byCentre.get(key) ?? {
      centre: { handle: c?.handle ?? l.centre_id, name_vi: c?.name_vi ?? "—", name_en: c?.name_en ?? "—" },
      channel: l.channel,
      units: 0,
      revenue: 0,
    }
    row.units += k.units
    row.revenue += k.revenue
    byCentre.set(key, row)
  }
  const desc = <T extends { revenue: number }>(rows: T[]) => rows.sort((a, b) => b.revenue - a.revenue)
  return {
    from: range.from,
    to: range.to,
    totals: { orders: sales.size, units, revenue },
    series: [...series.values()],
    by_product: desc([...byProduct.values()]),
    by_centre: desc([...byCentre.values()]),
  }
}

export type SalesSummary = ReturnType<typeof aggregateSales>
