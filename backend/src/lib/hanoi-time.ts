/**
 * Hanoi's calendar (UTC+7, no daylight saving): the one place the backend turns instants into
 * Hanoi days and back, for the till's day report and the producers' sales and statements.
 */
const HANOI = 7 * 3_600_000
const DAY = 86_400_000

/** The Hanoi calendar day of an instant, as YYYY-MM-DD. */
export function hanoiDate(at: Date): string {
  return new Date(at.getTime() + HANOI).toISOString().slice(0, 10)
}

/** Midnight in Hanoi at the start of a YYYY-MM-DD day, or null when it is not a real date. */
export function hanoiMidnight(date: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const at = new Date(`${date}T00:00:00+07:00`)
  // "2026-02-31" parses to March: a real day reads back as itself.
  return Number.isNaN(at.getTime()) || hanoiDate(at) !== date ? null : at
}

/** [start, end) of a day in Hanoi, from YYYY-MM-DD; throws on anything else. */
export function hanoiDay(date: string): { from: Date; to: Date } {
  const from = hanoiMidnight(date)
  if (!from) throw new Error(`Not a date: ${date}`)
  return { from, to: new Date(from.getTime() + DAY) }
}
