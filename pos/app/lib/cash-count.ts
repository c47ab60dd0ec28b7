import { VND_DENOMINATIONS } from "@ocop/money"

/** A drawer counted by face value: how many of each note or coin, e.g. { 500000: 2, 200000: 1 }. */
export type CashCount = Record<number, number>

export function countedTotal(count: CashCount): number {
  return VND_DENOMINATIONS.reduce((s, d) => s + d.value * (count[d.value] ?? 0), 0)
}

/** A count is whole, non-negative numbers of known denominations. */
export function isValidCount(count: CashCount): boolean {
  const known = new Set(VND_DENOMINATIONS.map((d) => d.value))
  return Object.entries(count).every(([face, n]) => known.has(Number(face)) && Number.isSafeInteger(n) && n >= 0)
}

/** Counted minus expected: below zero the drawer is short, above it over. */
export function cashDifference(expected: number, count: CashCount): number {
  return countedTotal(count) - expected
}

/** The body of POST /pos/shifts/:id/close: face values as keys, every denomination counted, zeros left out. */
export function countedBody(count: CashCount): Record<string, number> {
  const body: Record<string, number> = {}
  for (const d of VND_DENOMINATIONS) if ((count[d.value] ?? 0) > 0) body[String(d.value)] = count[d.value] ?? 0
  return body
}
