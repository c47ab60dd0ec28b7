import type { SearchTypes } from "@medusajs/framework/types"
import { PRODUCT_INDEX } from "./product-index-fields"

/** The sorts and facets GET /store/ocop/search offers. */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "stars", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export const SEARCH_FACETS = ["centre", "village", "producer", "stars", "group", "price_ranges"] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]
export const DEFAULT_FACETS: SearchFacet[] = ["centre", "village", "stars", "group", "price_ranges"]

/** Price bands in VND (from inclusive, to exclusive), keyed the way the answer names them. */
export const PRICE_RANGES = [
  { key: "0-100000", from: 0, to: 100_000 },
  { key: "100000-300000", from: 100_000, to: 300_000 },
  { key: "300000-1000000", from: 300_000, to: 1_000_000 },
  { key: "1000000-3000000", from: 1_000_000, to: 3_000_000 },
  { key: "3000000+", from: 3_000_000 },
]

export type SearchParams = {
  q?: string
  centre?: string[]
  village?: string[]
  producer?: string[]
  stars?: number[]
  group?: string[]
  price_min?: number
  price_max?: number
  in_stock_at?: string
  certified?: boolean
  sort?: SearchSort
  facets?: SearchFacet[]
  limit: number
  offset: number
}

/** Which index field each facet counts, and how many values it may list. */
const FACET_FIELDS: Record<SearchFacet, { field: string; limit?: number }> = {
  centre: { field: "centres", limit: 100 },
  village: { field: "village", limit: 100 },
  producer: { field: "producer", limit: 100 },
  stars: { field: "stars", limit: 10 },
  group: { field: "group", limit: 10 },
  price_ranges: { field: "price" },
}

export function facetField(facet: SearchFacet) {
  return FACET_FIELDS[facet].field
}

/**
 * Turns the API's parameters into a Search Module query. Filters on different parameters combine
 * with AND; several values of one parameter (centre=a,b) with OR. Facets are disjunctive: each
 * one is counted without its own filter, so a count always says what choosing that value gives.
 *
 * Two filters always apply: the caller's sales channels (from the publishable key), and the
 * certificate's validity, checked against `now` so a certificate that expired since it was
 * indexed is dropped at once.
 */
export function buildSearchQuery(p: SearchParams, ctx: { salesChannelIds: string[]; now: Date }) {
  const filters: SearchTypes.SearchFilters = {
    sales_channel_ids: ctx.salesChannelIds,
    $or: [{ certified: false }, { valid_until: { $gt: ctx.now.getTime() } }],
  }
  if (p.q) filters.q = p.q
  if (p.centre?.length) filters.centres = p.centre
  if (p.village?.length) filters.village = p.village
  if (p.producer?.length) filters.producer = p.producer
  if (p.stars?.length) filters.stars = p.stars
  if (p.group?.length) filters.group = p.group
  if (p.in_stock_at) filters.in_stock_at = p.in_stock_at
  if (p.certified !== undefined) filters.certified = p.certified
  if (p.price_min !== undefined || p.price_max !== undefined) {
    filters.price = {
      ...(p.price_min !== undefined ? { $gte: p.price_min } : {}),
      ...(p.price_max !== undefined ? { $lte: p.price_max } : {}),
    }
  }
  const facets = (p.facets?.length ? p.facets : DEFAULT_FACETS).map((facet) =>
    facet === "price_ranges"
      ? { field: "price", type: "range" as const, ranges: PRICE_RANGES }
      : { field: FACET_FIELDS[facet].field, type: "value" as const, limit: FACET_FIELDS[facet].limit }
  )
  return {
    entity: PRODUCT_INDEX,
    filters,
    pagination: { skip: p.offset, take: p.limit, order: searchOrder(effectiveSort(p)) },
    search_options: { facets, disjunctive_facets: true, count: "exact" as const },
  }
}

/** Relevance needs words to rank by: without a query the list is newest first. */
export function effectiveSort(p: Pick<SearchParams, "q" | "sort">): SearchSort {
  if (!p.q) return p.sort && p.sort !== "relevance" ? p.sort : "newest"
  return p.sort ?? "relevance"
}

/** Every explicit sort ends on the id, so pages never repeat or skip a product on ties. */
function searchOrder(sort: SearchSort): Record<string, "ASC" | "DESC"> | undefined {
  switch (sort) {
    case "price_asc":
      return { price: "ASC", id: "ASC" }
    case "price_desc":
      return { price: "DESC", id: "ASC" }
    case "stars":
      return { stars: "DESC", _score: "DESC", created_at: "DESC", id: "ASC" }
    case "newest":
      return { created_at: "DESC", id: "ASC" }
    case "relevance":
      return undefined
  }
}
