import type { Translate } from "./i18n"

/** How a visitor reaches a centre: a map link, a phone link, opening hours they can read. */

/**
 * A Google Maps link to the exact point. Google rather than OpenStreetMap because most visitors
 * in Vietnam have the Google Maps app, and this URL opens it (with directions) on a phone; a
 * plain link keeps map scripts off our pages.
 */
export function mapUrl(latitude: number | null | undefined, longitude: number | null | undefined): string | null {
  if (typeof latitude !== "number" || typeof longitude !== "number" || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null
  return `https://www.google.com/maps/search/?api=1&query=${latitude}%2C${longitude}`
}

/**
 * A tel: link that also works from a foreign SIM: "024 3874 0000" becomes +842438740000, since a
 * tourist's phone cannot dial Vietnam's national 0 prefix.
 */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "")
  if (digits.startsWith("+")) return `tel:${digits}`
  if (digits.startsWith("00")) return `tel:+${digits.slice(2)}`
  if (digits.startsWith("0")) return `tel:+84${digits.slice(1)}`
  return `tel:${digits}`
}

export const DAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const
export type Day = (typeof DAYS)[number]
export type OpeningHours = { opens: string; closes: string; from: Day; to: Day }

const VI_DAYS: Record<string, Day> = {
  "thứ hai": "mo",
  "thứ ba": "tu",
  "thứ tư": "we",
  "thứ năm": "th",
  "thứ sáu": "fr",
  "thứ bảy": "sa",
  "chủ nhật": "su",
}

/**
 * Centres store their hours as one Vietnamese sentence ("08:00–17:30, thứ Hai – Chủ nhật").
 * Read the common shape, so an English visitor gets English days and search engines get
 * schema.org hours; anything else is shown as written (null here).
 */
export function parseOpeningHours(text: string | null | undefined): OpeningHours | null {
  const m = text?.normalize("NFC").match(/^\s*(\d{1,2}:\d{2})\s*[–—-]\s*(\d{1,2}:\d{2})\s*,\s*(.+?)\s*[–—-]\s*(.+?)\s*$/u)
  if (!m) return null
  const from = VI_DAYS[m[3]!.toLowerCase().replace(/\s+/g, " ")]
  const to = VI_DAYS[m[4]!.toLowerCase().replace(/\s+/g, " ")]
  if (!from || !to) return null
  return { opens: m[1]!.padStart(5, "0"), closes: m[2]!.padStart(5, "0"), from, to }
}

/** schema.org openingHours text: "Mo-Su 08:00-17:30". */
export function schemaOpeningHours(hours: OpeningHours): string {
  const days = hours.from === hours.to ? cap(hours.from) : `${cap(hours.from)}-${cap(hours.to)}`
  return `${days} ${hours.opens}-${hours.closes}`
}

const cap = (day: Day) => day[0]!.toUpperCase() + day[1]

/** Hours in the page's language when they follow the usual shape; as written otherwise. */
export function hoursText(text: string, t: Translate): string {
  const h = parseOpeningHours(text)
  if (!h) return text
  if (h.from === "mo" && h.to === "su") return t("places.hoursDaily", h)
  return t("places.hoursRange", { ...h, from: t(`day.${h.from}`), to: t(`day.${h.to}`) })
}

export function productCount(count: number, t: Translate): string {
  return count === 1 ? t("places.productCountOne") : t("places.productCount", { count })
}
