/** Display helpers shared by the widget and the pages. */

export function stars(n: number | null | undefined): string {
  return n ? "★".repeat(n) : "—"
}

/**
 * Certificate dates are calendar days stored as UTC midnight, so they are shown in UTC:
 * in Hanoi's local time (UTC+7) they would still land on the same day, but a browser west of
 * UTC would show the day before.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—"
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString("vi-VN", { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" })
}

/**
 * An instant (such as when the nightly job withdrew a product) as its day in Hanoi. Unlike the
 * certificate's calendar days it must not be read in UTC: a job running at 02:00 Hanoi time is
 * still the previous day in UTC.
 */
export function formatInstantDate(iso: string | null | undefined): string {
  if (!iso) return "—"
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleDateString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  })
}

/** The "YYYY-MM-DD" an <input type="date"> holds, from an ISO date-time. */
export function toDateInput(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : ""
}

export function daysLeftLabel(days: number): string {
  if (days < 0) return `Quá hạn ${-days} ngày (${-days} days overdue)`
  if (days === 0) return "Hết hạn hôm nay (expires today)"
  return `Còn ${days} ngày (${days} days left)`
}

/** Blank form text becomes null, so optional columns are cleared rather than set to "". */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

/** "" → null; anything not a number is returned as NaN for the caller to reject. */
export function toNumberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(",", ".")
  return trimmed === "" ? null : Number(trimmed)
}
