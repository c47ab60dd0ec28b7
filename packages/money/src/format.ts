/** The two languages the apps speak; the Intl locale each reads and writes money and dates in. */
export type Locale = "vi" | "en"

const INTL: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" }

/** Every date is said in Hanoi's time, where the centres and their customers are, not in the
 *  server's or the device's time zone (often UTC). */
export const TIME_ZONE = "Asia/Ho_Chi_Minh"

/** Prices as people read them: 450.000 ₫ in Vietnamese, ₫450,000 in English; USD with cents. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(INTL[locale], { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** The day in Hanoi: 17 February 2026 / 17 tháng 2, 2026. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }).format(new Date(iso))
}

/** Day and time in Hanoi, short, for receipts and lists: "03:00 17/02/2026" (vi), "17/02/2026, 03:00" (en). */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE,
  }).format(new Date(iso))
}

/** The calendar day in Hanoi as YYYY-MM-DD (what /pos/reports/day?date= takes). */
export function hanoiDay(at: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE }).format(at)
}
