import { useId } from "react"
import { formatMoney } from "../lib/format"
import type { Locale } from "../lib/locale"
import { useT } from "../lib/use-t"

export type DayRevenue = { date: string; revenue: number }

const W = 300
const H = 120
const AXIS = 14

/**
 * Revenue per day as bars, in plain SVG (no chart library on a phone's data plan). Screen
 * readers get a title and a sentence with the total and the best day; the numbers of each day
 * are in each bar's <title>.
 */
export function SalesChart({ days, locale }: { days: DayRevenue[]; locale: Locale }) {
  const t = useT()
  const id = useId()
  const money = (n: number) => formatMoney(n, "vnd", locale)
  const total = days.reduce((n, d) => n + d.revenue, 0)
  if (!days.length || total === 0) return <p className="muted">{t("producer.chartEmpty")}</p>
  const best = days.reduce((a, b) => (b.revenue > a.revenue ? b : a))
  const step = W / days.length
  const bar = Math.max(1, step * 0.7)
  const dayLabel = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`
  return (
    <figure className="sales-chart">
      <svg viewBox={`0 0 ${W} ${H + AXIS}`} role="img" aria-labelledby={`${id}t ${id}d`}>
        <title id={`${id}t`}>{t("producer.chartTitle")}</title>
        <desc id={`${id}d`}>{t("producer.chartDesc", { total: money(total), best: dayLabel(best.date), amount: money(best.revenue) })}</desc>
        <line x1="0" x2={W} y1={H} y2={H} className="axis" />
        {days.map((d, i) => {
          const h = best.revenue ? Math.round((d.revenue / best.revenue) * (H - 4)) : 0
          return (
            <rect key={d.date} x={i * step + (step - bar) / 2} y={H - h} width={bar} height={h} className={d.date === best.date ? "bar best" : "bar"}>
              <title>{`${dayLabel(d.date)}: ${money(d.revenue)}`}</title>
            </rect>
          )
        })}
        <text x="0" y={H + AXIS - 2} className="tick">{dayLabel(days[0]!.date)}</text>
        <text x={W} y={H + AXIS - 2} className="tick" textAnchor="end">{dayLabel(days[days.length - 1]!.date)}</text>
      </svg>
      <figcaption className="muted">{t("producer.chartDesc", { total: money(total), best: dayLabel(best.date), amount: money(best.revenue) })}</figcaption>
    </figure>
  )
}

/** Every day of the window, with 0 for a day the backend did not list (so gaps show as gaps). */
export function everyDay(from: string, to: string, series: { date: string; revenue: number }[]): DayRevenue[] {
  const byDate = new Map(series.map((s) => [s.date, s.revenue]))
  const out: DayRevenue[] = []
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to && out.length < 400; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10)
    out.push({ date, revenue: byDate.get(date) ?? 0 })
  }
  return out
}
