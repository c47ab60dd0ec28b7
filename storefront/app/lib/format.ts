import type { Locale } from "./locale"

const INTL: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" }

/** Prices as people read them: 450.000 ₫ in Vietnamese, ₫450,000 in English; USD with cents. */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(INTL[locale], { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], { day: "numeric", month: "long", year: "numeric" }).format(new Date(iso))
}
