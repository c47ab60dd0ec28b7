/**
 * Approximate prices in a visitor's own currency, from a configured table of đồng per unit
 * (OCOP_FX_RATES, JSON, e.g. {"USD":26000}); shown labelled "approximate", never charged.
 */
export const VISITOR_CURRENCIES = ["USD", "EUR", "KRW", "JPY", "CNY"] as const
export type VisitorCurrency = (typeof VISITOR_CURRENCIES)[number]

const DEFAULT_VND_PER_UNIT: Record<VisitorCurrency, number> = { USD: 26_000, EUR: 30_000, KRW: 18.5, JPY: 170, CNY: 3_600 }

export function ratesFrom(json: string | undefined): Record<VisitorCurrency, number> {
  if (!json) return DEFAULT_VND_PER_UNIT
  const parsed = JSON.parse(json) as Record<string, unknown>
  const rates = { ...DEFAULT_VND_PER_UNIT }
  for (const c of VISITOR_CURRENCIES) {
    const v = Number(parsed[c])
    if (parsed[c] !== undefined && !(v > 0)) throw new Error(`OCOP_FX_RATES.${c} must be a positive number of đồng.`)
    if (v > 0) rates[c] = v
  }
  return rates
}

/** The visitor's currency: a chosen one (cookie), else one matching their browser's language. */
export function visitorCurrency(cookieHeader: string | null, acceptLanguage: string | null): VisitorCurrency | null {
  const chosen = cookieHeader?.match(/(?:^|;\s*)ocop_currency=([A-Z]{3})/)?.[1]
  if (chosen && (VISITOR_CURRENCIES as readonly string[]).includes(chosen)) return chosen as VisitorCurrency
  const first = (acceptLanguage ?? "").split(",")[0]?.trim().toLowerCase() ?? ""
  if (first.startsWith("vi") || !first) return null
  if (first.startsWith("ko")) return "KRW"
  if (first.startsWith("ja")) return "JPY"
  if (first.startsWith("zh")) return "CNY"
  if (/^(de|fr|es|it|nl|pt|fi|el|at)/.test(first) || first === "en-ie") return "EUR"
  return "USD"
}

export function approximate(vnd: number, currency: VisitorCurrency, rates: Record<VisitorCurrency, number>): number {
  return vnd / rates[currency]
}
