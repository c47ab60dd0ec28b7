/** The shop's languages. Every page lives under one of them: /vi/..., /en/... */
export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "vi"
export const LOCALE_COOKIE = "ocop_lang"

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/**
 * The language for a visitor who opened "/": their earlier choice (cookie), else the first
 * language of Accept-Language we have, else Vietnamese.
 */
export function preferredLocale(cookieHeader: string | null, acceptLanguage: string | null): Locale {
  const chosen = rememberedLocale(cookieHeader)
  if (chosen) return chosen
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { lang: tag.toLowerCase().slice(0, 2), q: q ? Number(q.slice(2)) || 0 : 1 }
    })
    .filter((x) => x.lang && x.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((x) => x.lang).find(isLocale) ?? DEFAULT_LOCALE
}

/** The same path in another language: /vi/products/x → /en/products/x. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const rest = pathname.replace(/^\/(vi|en)(?=\/|$)/, "")
  return `/${to}${rest}`
}

/** The language the visitor chose last time (the cookie), if any. */
export function rememberedLocale(cookieHeader: string | null): Locale | null {
  const chosen = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`))?.[1]
  return isLocale(chosen) ? chosen : null
}
