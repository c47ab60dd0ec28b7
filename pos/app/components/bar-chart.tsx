import { bars } from "../lib/bar-chart"
import { useI18n } from "../lib/use-t"

/** A plain horizontal bar chart as inline SVG: no chart library for a dozen bars. */
export function BarChart({ title, items }: { title: string; items: { label: string; value: number }[] }) {
  const { money } = useI18n()
  const width = 560
  const labelWidth = 200
  const rowHeight = 30
  const shown = bars(items, width - labelWidth - 110)
  if (shown.length === 0) return null
  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${shown.length * rowHeight + 8}`} role="img" aria-label={title}>
      <title>{title}</title>
      {shown.map((b, i) => (
        <g key={i} transform={`translate(0 ${i * rowHeight + 4})`}>
          <text x={labelWidth - 8} y={rowHeight / 2} dominantBaseline="middle" textAnchor="end">{b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}</text>
          <rect x={labelWidth} y={4} width={Math.max(2, b.length)} height={rowHeight - 10} rx={3} />
          <text x={labelWidth + Math.max(2, b.length) + 6} y={rowHeight / 2} dominantBaseline="middle" className="value">{money(b.value)}</text>
        </g>
      ))}
    </svg>
  )
}
