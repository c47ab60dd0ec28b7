import { data } from "react-router"
import type { Locale } from "./locale"
import { bearer, sdk, storeGet } from "./medusa.server"
import { productTitle } from "./product-text"

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
  kind: "design_sales_centre" | "sales_point"
  stars: number | null
  address: string
  commune: string
  former_district: string | null
  province: string
  latitude: number | null
  longitude: number | null
  opening_hours: string | null
  phone: string | null
  description: string | null
  product_count?: number
}
export type Village = {
  id: string
  handle: string
  name: string
  craft: string | null
  commune: string | null
  former_district?: string | null
  story?: string | null
}
export type Producer = {
  id: string
  handle: string
  /** The legal name, as registered. */
  name: string
  type: "cooperative" | "enterprise" | "household"
  representative: string | null
  phone: string | null
  email: string | null
  story: string | null
  village: { handle: string; name: string } | null
}
export type CentreDetail = Centre & { villages: Village[]; producers: Producer[] }
export type VillageDetail = Village & { producers: Producer[] }
export type ProducerDetail = Producer & { tax_code: string; products: { id: string; handle: string; title: string; thumbnail: string | null }[] }

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

/**
 * Handles as the backend writes them. Anything else cannot exist, and would make the search API
 * refuse the request (400) rather than find nothing, so pages answer 404 before asking.
 */
export function isHandle(value: string | undefined): value is string {
  return !!value && /^[a-z0-9-]{1,200}$/.test(value)
}

export function centre(handle: string, locale: Locale) {
  return backend(storeGet<{ centre: CentreDetail }>(`/store/ocop/centres/${encodeURIComponent(handle)}`, locale)).then((r) => r.centre)
}

export function village(handle: string, locale: Locale) {
  return backend(storeGet<{ village: VillageDetail }>(`/store/ocop/villages/${encodeURIComponent(handle)}`, locale)).then((r) => r.village)
}

export function producer(handle: string, locale: Locale) {
  return backend(storeGet<{ producer: ProducerDetail }>(`/store/ocop/producers/${encodeURIComponent(handle)}`, locale)).then((r) => r.producer)
}

/**
 * The centre that hands an order over (backend decision 14); null when the backend cannot say.
 * A registered customer's order answers only with that customer's token; a guest's, without one.
 */
export function orderHandover(orderId: string, locale: Locale, token?: string | null) {
  const path = `/store/ocop/orders/${orderId}/centre`
  return storeGet<{ handover: { kind: "pickup" | "delivery"; centre: Centre | null } }>(path, locale, {}, token ? bearer(token) : undefined).then(
    (r) => r.handover,
    () => null
  )
}

/**
 * Product titles in the page's language for lines of an order: an order keeps the Vietnamese
 * title it was placed with; the English one lives on the product (decision 7). Missing products
 * (since removed) keep the order's own title.
 */
export async function titlesByHandle(handles: (string | null | undefined)[], locale: Locale): Promise<Map<string, string>> {
  const wanted = [...new Set(handles.filter((h): h is string => !!h))]
  if (locale === "vi" || !wanted.length) return new Map()
  const products = await sdk.store.product
    .list({ handle: wanted, fields: "handle,title,metadata", limit: wanted.length } as any)
    .then((r) => r.products, () => [])
  return new Map(products.map((p: any) => [p.handle as string, productTitle(p, locale)]))
}
