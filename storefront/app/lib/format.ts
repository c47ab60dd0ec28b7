import type { Locale } from "./locale"

const INTL: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" }

/** Prices as people read them: 450.000 ₫ in Vietnamese, ₫450,000 in English; USD with cents. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(INTL[locale], { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** The day in Hanoi, where the shop and its shoppers are, not in the server's time zone (often UTC). */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(iso))
}
