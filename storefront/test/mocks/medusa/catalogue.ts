import { HttpResponse, type HttpHandler } from "msw"
import { CENTRES, PICKUP_OPTION, PRODUCERS, VARIANTS, VILLAGES, type ProductRecord } from "./records"
import { invalidData, medusa, notFound, orderFor, route, type Received } from "./state"

/**
 * What a visitor browses: Medusa's product read and the OCOP routes for centres, villages,
 * producers and search, in the shapes of backend/src/api/store/ocop. A centre carries a product
 * when medusa.centreStock lists one of its variants there, so a test that changes the stock
 * changes what the catalogue says too.
 */

type Locale = "vi" | "en"
type Row = Record<string, unknown>

const localeOf = (r: Received): Locale => (r.query.get("locale")?.startsWith("en") ? "en" : "vi")

/** A record in one language, as the backend answers: name_vi / name_en become name (Vietnamese when English is missing). */
function inLocale(record: Row, locale: Locale): Row {
  const out: Row = {}
  for (const [key, value] of Object.entries(record)) {
    const field = key.replace(/_(vi|en)$/, "")
    if (field === key) out[key] = value
    else if (key.endsWith("_vi")) out[field] = record[`${field}_${locale}`] || value
  }
  return out
}

const villageOf = (handle: string | null) => VILLAGES.find((v) => v.handle === handle)
const producerOf = (handle: string | null) => PRODUCERS.find((p) => p.handle === handle)
const products = () => [...medusa.products.values()]
const unique = <T>(rows: (T | undefined)[]) => [...new Set(rows)].filter((x): x is T => !!x)

function producerView({ legal_name, tax_code: _, village, ...rest }: (typeof PRODUCERS)[number], locale: Locale) {
  const v = villageOf(village)
  return { ...inLocale(rest, locale), name: legal_name, village: v ? { handle: v.handle, name: v.name } : null }
}

/** Where each centre can sell the product now: only centres that carry one of its variants. */
function availability(p: ProductRecord, locale: Locale) {
  return CENTRES.flatMap((c) => {
    const stock = medusa.centreStock[c.handle] ?? {}
    const variants = Object.fromEntries(p.variant_ids.filter((id) => stock[id] !== undefined).map((id) => [id, stock[id]!]))
    if (!Object.keys(variants).length) return []
    const available = Object.values(variants).reduce((a, b) => a + b, 0)
    return [{ centre: { handle: c.handle, name: inLocale(c, locale).name as string }, available, variants }]
  })
}
const carriedAt = (centre: string) => products().filter((p) => availability(p, "vi").some((a) => a.centre.handle === centre))

function ocopView(p: ProductRecord, locale: Locale) {
  const producer = producerOf(p.ocop.producer)
  const village = villageOf(p.ocop.village)
  return {
    ...p.ocop,
    issue_date: null,
    expiry_date: null,
    producer: producer ? { handle: producer.handle, name: producer.legal_name, type: producer.type } : null,
    village: village ? { handle: village.handle, name: village.name } : null,
    availability: availability(p, locale),
  }
}

/** Medusa's product, priced in đồng (the only currency the fake prices in). */
function productView(p: ProductRecord, locale: Locale) {
  const { variant_ids, ocop: _, ...fields } = p
  const variants = variant_ids.map((id) => ({
    id, title: VARIANTS[id]!.title, sku: id.toUpperCase(), options: [],
    calculated_price: { calculated_amount: VARIANTS[id]!.price, currency_code: "vnd" }, inventory_quantity: medusa.stock[id],
  }))
  return { ...fields, thumbnail: null, images: [], options: [], variants, ocop: ocopView(p, locale) }
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase()
const priceOf = (p: ProductRecord) => Math.min(...p.variant_ids.map((id) => VARIANTS[id]!.price))
const listed = (value: string) => value.split(",")

/** The search filters the fake applies; like the backend, any other parameter is refused. */
const FILTERS: Record<string, (p: ProductRecord, value: string) => boolean> = {
  q: (p, v) => fold(`${p.title} ${p.metadata.title_en}`).includes(fold(v)),
  centre: (p, v) => availability(p, "vi").some((a) => listed(v).includes(a.centre.handle)),
  in_stock_at: (p, v) => availability(p, "vi").some((a) => a.centre.handle === v && a.available > 0),
  village: (p, v) => listed(v).includes(p.ocop.village ?? ""),
  producer: (p, v) => listed(v).includes(p.ocop.producer ?? ""),
  stars: (p, v) => listed(v).includes(String(p.ocop.stars)),
  group: (p, v) => listed(v).includes(p.ocop.group),
  price_min: (p, v) => priceOf(p) >= Number(v),
  price_max: (p, v) => priceOf(p) <= Number(v),
}
const PAGING = ["sort", "facets", "limit", "offset", "locale"]
const SORTS = ["relevance", "price_asc", "price_desc", "stars", "newest"]
const HANDLES = ["centre", "village", "producer", "in_stock_at"]

/** Facet values of one product: [value, label] pairs. */
const FACETS: Record<string, (p: ProductRecord, locale: Locale) => [string, string?][]> = {
  centre: (p, locale) => availability(p, locale).map((a) => [a.centre.handle, a.centre.name]),
  village: (p) => (p.ocop.village ? [[p.ocop.village, villageOf(p.ocop.village)?.name]] : []),
  producer: (p) => (p.ocop.producer ? [[p.ocop.producer, producerOf(p.ocop.producer)?.legal_name]] : []),
  stars: (p) => [[String(p.ocop.stars)]],
  group: (p) => [[p.ocop.group]],
}

function searchRefusal(q: URLSearchParams) {
  for (const [key, value] of q) {
    if (!FILTERS[key] && !PAGING.includes(key)) return invalidData(`Unrecognized key: "${key}"`)
    if (HANDLES.includes(key) && !listed(value).every((h) => /^[a-z0-9-]+$/.test(h))) return invalidData(`${key}: "${value}" is not a handle`)
    if (key === "sort" && !SORTS.includes(value)) return invalidData(`sort: "${value}" is not a sort`)
    if (key === "facets" && !listed(value).every((f) => FACETS[f] || f === "price_ranges")) return invalidData(`facets: "${value}" is not a facet`)
  }
  return null
}

function search(r: Received) {
  const q = r.query
  const locale = localeOf(r)
  const found = products().filter((p) => [...q].every(([key, value]) => !FILTERS[key] || FILTERS[key](p, value)))
  const limit = Number(q.get("limit") ?? 24)
  const offset = Number(q.get("offset") ?? 0)
  const facets: Record<string, Record<string, number>> = {}
  const facet_labels: Record<string, Record<string, string>> = {}
  for (const facet of listed(q.get("facets") ?? "").filter((f) => FACETS[f])) {
    const counts: Record<string, number> = {}
    const labels: Record<string, string> = {}
    for (const [value, label] of found.flatMap((p) => FACETS[facet]!(p, locale))) {
      counts[value] = (counts[value] ?? 0) + 1
      if (label) labels[value] = label
    }
    facets[facet] = counts
    facet_labels[facet] = labels
  }
  const hits = found.slice(offset, offset + limit).map((p) => {
    const ocop = ocopView(p, locale)
    const title = (locale === "en" && p.metadata.title_en) || p.title
    const availability = ocop.availability.map(({ centre, available }) => ({ centre, available }))
    const price = { currency_code: "vnd", amount: priceOf(p) }
    return { id: p.id, handle: p.handle, title, thumbnail: null, price, ocop: { stars: ocop.stars, group: ocop.group, status: ocop.status }, producer: ocop.producer, village: ocop.village, availability }
  })
  return { hits, count: found.length, limit, offset, query: q.get("q") ?? "", corrected_query: null, sort: q.get("sort") ?? "relevance", facets, facet_labels }
}

const centreView = (c: (typeof CENTRES)[number], locale: Locale) => ({ ...inLocale(c, locale), product_count: carriedAt(c.handle).length })

/** A counter receipt the fake knows, and the token that opens it. */
export const RECEIPT = {
  token: "tok_receipt_0123456789ab",
  receipt: {
    receipt_number: "BT1-000042", sold_at: "2026-12-02T03:00:00.000Z",
    centre: { handle: "bat-trang", name_vi: "Trung tâm Bát Tràng", name_en: "Bát Tràng Centre", address: "Thôn 1, xã Bát Tràng, Hà Nội", phone: null },
    lines: [{ title_vi: "Bình gốm men lam", title_en: "Blue-glaze vase", variant_title: "20 cm", stars: 4, quantity: 1, unit_price: 450_000, discount: 0, total: 450_000, returned: 0 }],
    subtotal: 450_000, discount_total: 0, total: 450_000, payments: [{ method: "cash", amount: 450_000, tendered: 500_000 }], change: 50_000, returned_total: 0,
  },
}

export const catalogueHandlers: HttpHandler[] = [
  route("get", "/store/ocop/receipts/:number", (r, p) =>
    p.number === RECEIPT.receipt.receipt_number && r.query.get("t") === RECEIPT.token
      ? HttpResponse.json({ receipt: RECEIPT.receipt })
      : notFound(`Receipt ${p.number} was not found.`)
  ),
  // Like the backend: the order's web channel names its centre; pick-up when its option is a centre's.
  // A registered customer's order answers only to them (orderFor).
  route("get", "/store/ocop/orders/:id/centre", (r, p) => {
    const order = orderFor(r, p.id!)
    if (!order) return notFound(`Order ${p.id} was not found.`)
    const option = order.shipping_methods?.[0]?.shipping_option_id
    const pickupAt = CENTRES.find((c) => PICKUP_OPTION[c.handle] === option)
    const centre = pickupAt ?? CENTRES[0]!
    return HttpResponse.json({ handover: { kind: pickupAt ? "pickup" : "delivery", centre: centreView(centre, localeOf(r)) } })
  }),
  // Like Medusa: prices need a pricing context, so a read with prices and no region is refused.
  route("get", "/store/products", (r) => {
    if (/calculated_price/.test(r.query.get("fields") ?? "") && !r.query.get("region_id")) {
      return invalidData("Missing required pricing context to calculate prices - region_id")
    }
    const wanted = (key: string, value: string) => !r.query.has(key) || r.query.getAll(key).flatMap(listed).includes(value)
    const found = products().filter((p) => wanted("handle", p.handle) && wanted("id", p.id))
    return HttpResponse.json({ products: found.map((p) => productView(p, localeOf(r))), count: found.length, offset: 0, limit: 50 })
  }),

  route("get", "/store/ocop/centres", (r) => {
    const sorted = [...CENTRES].sort((a, b) => a.kind.localeCompare(b.kind) || a.handle.localeCompare(b.handle))
    return HttpResponse.json({ centres: sorted.map((c) => centreView(c, localeOf(r))) })
  }),
  route("get", "/store/ocop/centres/:handle", (r, p) => {
    const centre = CENTRES.find((c) => c.handle === p.handle)
    if (!centre) return notFound(`Centre ${p.handle}`)
    const locale = localeOf(r)
    const carried = carriedAt(centre.handle)
    const villages = unique(carried.map((x) => villageOf(x.ocop.village))).map((v) => inLocale(v, locale))
    const producers = unique(carried.map((x) => producerOf(x.ocop.producer))).map((x) => producerView(x, locale))
    return HttpResponse.json({ centre: { ...centreView(centre, locale), villages, producers } })
  }),
  route("get", "/store/ocop/villages", (r) => {
    const villages = VILLAGES.map((v) => ({ ...inLocale(v, localeOf(r)), producer_count: PRODUCERS.filter((x) => x.village === v.handle).length }))
    return HttpResponse.json({ villages })
  }),
  route("get", "/store/ocop/villages/:handle", (r, p) => {
    const village = villageOf(p.handle ?? null)
    if (!village) return notFound(`Craft village ${p.handle}`)
    const producers = PRODUCERS.filter((x) => x.village === village.handle).map((x) => producerView(x, localeOf(r)))
    return HttpResponse.json({ village: { ...inLocale(village, localeOf(r)), producers } })
  }),
  route("get", "/store/ocop/producers/:handle", (r, p) => {
    const producer = producerOf(p.handle ?? null)
    if (!producer) return notFound(`Producer ${p.handle}`)
    const own = products().filter((x) => x.ocop.producer === producer.handle).map((x) => ({ id: x.id, handle: x.handle, title: x.title, thumbnail: null }))
    return HttpResponse.json({ producer: { ...producerView(producer, localeOf(r)), tax_code: producer.tax_code, products: own } })
  }),
  route("get", "/store/ocop/search", (r) => searchRefusal(r.query) ?? HttpResponse.json(search(r))),
]
