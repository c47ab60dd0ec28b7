import { data } from "react-router"
import type { Locale } from "./locale"
import { storeGet } from "./medusa.server"

/** Types of the OCOP store routes this shop reads (backend README, "API" and "Search"). */
export type Money = { currency_code: string; amount: number; max_amount?: number }
export type SearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: Money | null
  ocop: { stars: number; group: string; status: string } | null
  producer: { handle: string; name: string } | null
  village: { handle: string; name: string } | null
  availability: { centre: { handle: string; name: string }; available: number }[]
}
export type SearchAnswer = {
  hits: SearchHit[]
  count: number
  limit: number
  offset: number
  query: string
  corrected_query: string | null
  sort: string
  facets: Record<string, Record<string, number>>
  facet_labels: Record<string, Record<string, string>>
}
export type Centre = {
  id: string
  handle: string
  name: string
  kind: string
  stars: number | null
  address: string
  commune: string
  opening_hours: string | null
  product_count?: number
}
export type Village = { id: string; handle: string; name: string; craft: string | null; commune: string | null }

/** A backend that does not answer becomes a 503 page with a sentence, not a stack trace. */
export async function backend<T>(call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404) throw data(null, { status: 404 })
    if (status && status >= 400 && status < 500) throw error
    console.error("Backend call failed:", error)
    throw data(null, { status: 503 })
  }
}

export function search(params: URLSearchParams, locale: Locale) {
  return backend(storeGet<SearchAnswer>("/store/ocop/search", locale, Object.fromEntries(groupParams(params))))
}

/** Repeated parameters (stars=4&stars=5) become "4,5", which the search API reads as OR. */
function groupParams(params: URLSearchParams): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of params) {
    if (!value) continue
    out.set(key, out.has(key) ? `${out.get(key)},${value}` : value)
  }
  return out
}

export function centres(locale: Locale) {
  return backend(storeGet<{ centres: Centre[] }>("/store/ocop/centres", locale)).then((r) => r.centres)
}

export function villages(locale: Locale) {
  return backend(storeGet<{ villages: Village[] }>("/store/ocop/villages", locale)).then((r) => r.villages)
}
