import type { Locale } from "../../modules/ocop/lib/vocabulary"
import { certificationStatus } from "../../modules/ocop/lib/certification-dates"
import { pick } from "../locale"
import { facetField, type SearchFacet } from "./search-query"

type FacetResult =
  | { type: "value"; values: { value: string; count: number }[] }
  | { type: "range"; ranges: { key: string; count: number }[] }
  | { type: "stats" }

export type CatalogueLabels = {
  centres: Map<string, { name_vi: string; name_en: string | null }>
  villages: Map<string, string>
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Each facet as a plain map from value to count, under the names the API uses. */
export function facetCounts(facets: Record<string, FacetResult> | undefined, asked: SearchFacet[]) {
  const out: Record<string, Record<string, number>> = {}
  for (const facet of asked) {
    const result = facets?.[facetField(facet)]
    const counts: Record<string, number> = {}
    if (result?.type === "value") for (const v of result.values) counts[v.value] = v.count
    if (result?.type === "range") for (const r of result.ranges) counts[r.key] = r.count
    out[facet] = counts
  }
  return out
}

/** Names for the centre and village handles a page shows, in the asked language. */
export function facetLabels(facets: Record<string, Record<string, number>>, labels: CatalogueLabels, locale: Locale) {
  const centre: Record<string, string> = {}
  const village: Record<string, string> = {}
  for (const handle of Object.keys(facets.centre ?? {})) centre[handle] = centreName(labels, handle, locale)
  for (const handle of Object.keys(facets.village ?? {})) village[handle] = labels.villages.get(handle) ?? handle
  return { centre, village }
}

/** One hit as the storefront and the till show it, in one language: all from the document, which
 *  the index keeps current. */
export function hitView(doc: Record<string, any>, locale: Locale) {
  // valid_until is the end of the last valid day; the certificate names that day itself.
  const expiry = typeof doc.valid_until === "number" ? new Date(doc.valid_until - DAY_MS) : null
  return {
    id: doc.id,
    handle: doc.handle,
    title: pick(doc, "title", locale),
    description: pick(doc, "description", locale),
    thumbnail: doc.thumbnail ?? null,
    price: doc.price == null ? null : { currency_code: "vnd", amount: doc.price, max_amount: doc.price_max ?? doc.price },
    ocop: doc.certified
      ? {
          stars: doc.stars ?? null,
          group: doc.group ?? null,
          certificate_number: doc.certificate_number ?? null,
          issuing_level: doc.issuing_level ?? null,
          expiry_date: expiry ? expiry.toISOString().slice(0, 10) : null,
          status: expiry ? certificationStatus(expiry) : null,
        }
      : null,
    producer: doc.producer ? { handle: doc.producer, name: doc.producer_name ?? doc.producer } : null,
    village: doc.village ? { handle: doc.village, name: doc.village_name ?? doc.village } : null,
    availability: ((doc.stock ?? []) as { centre: string; name_vi: string; name_en: string | null; available: number }[]).map(
      (s) => ({ centre: { handle: s.centre, name: pick(s, "name", locale) }, available: s.available })
    ),
    variants: ((doc.variants ?? []) as any[]).map((v) => ({
      id: v.id,
      title: v.title ?? null,
      sku: v.sku ?? null,
      barcode: v.barcode ?? null,
      price: v.price == null ? null : { currency_code: "vnd", amount: v.price },
    })),
  }
}

function centreName(labels: CatalogueLabels, handle: string, locale: Locale): string {
  const centre = labels.centres.get(handle)
  return (centre && pick(centre, "name", locale)) || handle
}
