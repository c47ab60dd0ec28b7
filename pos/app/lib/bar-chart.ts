/** Horizontal bars for the day report's inline SVG: each bar's length in proportion to the largest. */
export type Bar = { label: string; value: number; length: number }

export function bars(items: readonly { label: string; value: number }[], maxLength: number, top = 10): Bar[] {
  const shown = [...items].sort((a, b) => b.value - a.value).slice(0, top)
  const max = Math.max(0, ...shown.map((i) => i.value))
  return shown.map((i) => ({ ...i, length: max > 0 ? Math.round((Math.max(0, i.value) / max) * maxLength) : 0 }))
}
