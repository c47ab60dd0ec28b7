/**
 * A producer's monthly settlement: per centre, what their goods sold for, the centre's commission
 * and what the centre owes them. Pure (the route reads, this computes). Money is whole đồng; the
 * commission is rounded to the đồng per centre, and the owed amount is sales less that, so the
 * columns always add up.
 */
import { hanoiMidnight } from "../hanoi-time"
import { aggregateSales, kept, type CentreRef, type Range, type SoldLine } from "./aggregate"

export const DEFAULT_COMMISSION_PERCENT = 15

/** The centre's own percent, else the server's OCOP_COMMISSION_PERCENT, else 15. */
export function commissionPercent(own: number | null | undefined, env: string | undefined = process.env.OCOP_COMMISSION_PERCENT): number {
  if (own != null && Number.isInteger(own) && own >= 0 && own <= 100) return own
  const fromEnv = Number(env)
  return env && Number.isInteger(fromEnv) && fromEnv >= 0 && fromEnv <= 100 ? fromEnv : DEFAULT_COMMISSION_PERCENT
}

/** The Hanoi month YYYY-MM as a range, or a sentence saying why not. */
export function monthRange(month: string): Range | { error: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  const start = m ? hanoiMidnight(`${month}-01`) : null
  if (!m || !start) return { error: `month: expected YYYY-MM, got "${month}".` }
  const [y, mo] = [Number(m[1]), Number(m[2])]
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, "0")}-01`
  const end = hanoiMidnight(next)!
  const last = new Date(end.getTime() - 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)
  return { from: `${month}-01`, to: last, start, end }
}

export type StatementCentre = CentreRef & { commission_percent: number | null }
export type StatementProducer = { id: string; handle: string; legal_name: string }

export function buildStatement(producer: StatementProducer, month: string, range: Range, lines: SoldLine[], centres: StatementCentre[], env?: string) {
  const rows = new Map<string, { centre: { handle: string; name_vi: string; name_en: string }; commission_percent: number; units: number; web: number; counter: number; sales: number; commission: number; owed: number }>()
  const inMonth = lines.filter((l) => l.sold_at >= range.start && l.sold_at < range.end)
  for (const l of inMonth) {
    const c = centres.find((x) => x.id === l.centre_id)
    const row = rows.get(l.centre_id) ?? {
      centre: { handle: c?.handle ?? l.centre_id, name_vi: c?.name_vi ?? "—", name_en: c?.name_en ?? "—" },
      commission_percent: commissionPercent(c?.commission_percent, env),
      units: 0, web: 0, counter: 0, sales: 0, commission: 0, owed: 0,
    }
    const k = kept(l)
    row.units += k.units
    row[l.channel] += k.revenue
    row.sales += k.revenue
    rows.set(l.centre_id, row)
  }
  const centreRows = [...rows.values()]
    .map((r) => {
      const commission = Math.round((r.sales * r.commission_percent) / 100)
      return { ...r, commission, owed: r.sales - commission }
    })
    .sort((a, b) => b.sales - a.sales || a.centre.handle.localeCompare(b.centre.handle))
  const sum = (f: "units" | "sales" | "commission" | "owed") => centreRows.reduce((n, r) => n + r[f], 0)
  return {
    month,
    producer: { id: producer.id, handle: producer.handle, legal_name: producer.legal_name },
    from: range.from,
    to: range.to,
    currency_code: "vnd",
    centres: centreRows,
    totals: { orders: aggregateSales(inMonth, centres, range).totals.orders, units: sum("units"), sales: sum("sales"), commission: sum("commission"), owed: sum("owed") },
  }
}

export type Statement = ReturnType<typeof buildStatement>
