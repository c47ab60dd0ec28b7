import type { Delivery } from "./api/types"

/** What the clerk typed per variant, as text (a field being edited may be empty for a moment). */
export type Counts = Record<string, string>

/** The fields start at what was proposed: most deliveries arrive as announced. */
export function initialCounts(delivery: Delivery): Counts {
  return Object.fromEntries(delivery.lines.map((l) => [l.variant_id, String(l.quantity)]))
}

/**
 * The receipt's `lines`: only counts that differ from the proposal (the backend takes a line left
 * out as arrived in full), or null when a count is not a whole number of 0 or more.
 */
export function receivedLines(delivery: Delivery, counts: Counts): { variant_id: string; received_quantity: number }[] | null {
  const lines: { variant_id: string; received_quantity: number }[] = []
  for (const line of delivery.lines) {
    const text = (counts[line.variant_id] ?? String(line.quantity)).trim()
    if (!/^\d{1,6}$/.test(text)) return null
    const received = Number(text)
    if (received !== line.quantity) lines.push({ variant_id: line.variant_id, received_quantity: received })
  }
  return lines
}
