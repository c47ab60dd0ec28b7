import type { Locale } from "../modules/ocop/lib/vocabulary"

/**
 * The locale a store request asked for. Medusa's locale middleware moves `?locale=` (or the
 * x-medusa-locale header) to `req.locale`, normalised like "en-US"; we only need the language.
 * Vietnamese is the default: it is the language the records are written in.
 */
export function requestLocale(req: { locale?: string; query?: Record<string, unknown> }): Locale {
  const raw = String(req.locale ?? req.query?.locale ?? "vi").toLowerCase()
  return raw.startsWith("en") ? "en" : "vi"
}

/** Picks `name_vi` or `name_en`, falling back to Vietnamese when the English text is missing. */
export function pick<T extends Record<string, any>>(row: T, field: string, locale: Locale): string | null {
  return (row[`${field}_${locale}`] as string | null | undefined) || (row[`${field}_vi`] as string | null) || null
}
