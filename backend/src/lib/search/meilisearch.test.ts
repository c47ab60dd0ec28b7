/**
 * The Meilisearch provider, driven by our index definition, query builder and answer mapping,
 * against Meilisearch's HTTP API as intercepted by msw (there is no Meilisearch server here).
 * The provider is @rokmohar/medusa-plugin-meilisearch's (decision 0008); these tests pin down
 * what our configuration makes it send and how we read its answers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { MeilisearchSearchProviderService } from "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch"
import {
  buildDisjunctiveFacetQueries,
  mergeDisjunctiveFacetResults,
  normalizeSearchQuery,
  resolveIndexDefinitions,
} from "@medusajs/search/dist/utils"
import { searchModule } from "../../config/search"
import { productDocument } from "./product-document"
import { PRODUCT_INDEX, PRODUCT_INDEX_SETTINGS, productIndexFields } from "./product-index-fields"
import { buildSearchQuery, DEFAULT_FACETS } from "./search-query"
import { facetCounts } from "./search-response"
import { searchHealth } from "./search-health"
import { describeError } from "./describe-error"

const HOST = "http://meili.test:7700"
const UID = "product_v1"
const logger = { info() {}, warn() {}, error() {}, debug() {} }

/** The provider exactly as medusa-config.ts registers it for MEILISEARCH_HOST. */
function provider(env: Record<string, string> = { MEILISEARCH_HOST: HOST, MEILISEARCH_API_KEY: "secret" }) {
  const entry = (searchModule(env).options as any).providers.find((p: any) => p.id === "meilisearch")
  return new MeilisearchSearchProviderService({ logger } as any, entry.options)
}

/** Our definition resolved the way the Search Module resolves it at boot. */
const index = {
  ...resolveIndexDefinitions({
    definitions: [
      {
        name: PRODUCT_INDEX,
        entity: "product",
        fields: productIndexFields.toFields(),
        settings: PRODUCT_INDEX_SETTINGS,
        seed: async function* () {},
      },
    ],
    default_provider: "meilisearch",
  }).get(PRODUCT_INDEX)!,
  physical_name: UID,
}

type Captured = { method: string; path: string; body: any; auth: string | null }
let captured: Captured[] = []
let multiSearchAnswer: (body: any) => any = () => ({ results: [] })
let taskUid = 0

const task = (type: string) => ({ taskUid: ++taskUid, indexUid: UID, status: "enqueued", type, enqueuedAt: new Date().toISOString() })
const record = async (request: Request) => {
  const text = await request.text()
  captured.push({
    method: request.method,
    path: new URL(request.url).pathname,
    body: text ? JSON.parse(text) : undefined,
    auth: request.headers.get("authorization"),
  })
}

const server = setupServer(
  http.get(`${HOST}/indexes/:uid`, () =>
    HttpResponse.json({ message: "Index not found", code: "index_not_found", type: "invalid_request", link: "" }, { status: 404 })
  ),
  http.post(`${HOST}/indexes`, async ({ request }) => (await record(request), HttpResponse.json(task("indexCreation"), { status: 202 }))),
  http.get(`${HOST}/tasks/:uid`, ({ params }) =>
    HttpResponse.json({ uid: Number(params.uid), indexUid: UID, status: "succeeded", type: "indexCreation", enqueuedAt: new Date().toISOString() })
  ),
  http.patch(`${HOST}/indexes/:uid/settings`, async ({ request }) => (await record(request), HttpResponse.json(task("settingsUpdate"), { status: 202 }))),
  http.post(`${HOST}/indexes/:uid/documents`, async ({ request }) => (await record(request), HttpResponse.json(task("documentAdditionOrUpdate"), { status: 202 }))),
  http.post(`${HOST}/multi-search`, async ({ request }) => {
    await record(request)
    return HttpResponse.json(multiSearchAnswer(captured.at(-1)!.body))
  })
)

beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterEach(() => {
  server.resetHandlers()
  captured = []
})
afterAll(() => server.close())

describe("Meilisearch index settings", () => {
  it("creates the index keyed by id and sends searchable, filterable and sortable attributes and typo tolerance", async () => {
    await provider().upsertIndex({ index })
    const created = captured.find((c) => c.method === "POST" && c.path === "/indexes")!
    expect(created.body).toEqual({ uid: UID, primaryKey: "id" })
    expect(created.auth).toBe("Bearer secret")

    const settings = captured.find((c) => c.method === "PATCH")!.body
    // Heaviest first: titles and codes, then names and tags, then descriptions.
    expect(settings.searchableAttributes.slice(0, 4)).toEqual(["title_vi", "title_en", "skus", "barcodes"])
    expect(settings.searchableAttributes).toEqual(
      expect.arrayContaining(["producer_name", "village_name", "centre_names", "tags", "description_vi", "description_en", "folded"])
    )
    expect(settings.searchableAttributes.indexOf("village_name")).toBeLessThan(settings.searchableAttributes.indexOf("description_vi"))
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["id", "centres", "village", "producer", "stars", "group", "price", "in_stock_at", "certified", "valid_until", "sales_channel_ids"])
    )
    expect(settings.sortableAttributes.sort()).toEqual(["created_at", "id", "price", "stars"])
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } })
    // What a hit shows comes back, nested per-centre stock and variants included.
    expect(settings.displayedAttributes).toEqual(
      expect.arrayContaining(["title_vi", "title_en", "price", "stock.centre", "stock.available", "variants.barcode", "variants.price"])
    )
  })
})

describe("Meilisearch documents", () => {
  it("sends one document per product, as our transform builds it", async () => {
    const doc = productDocument(
      {
        id: "prod_1",
        handle: "binh-gom",
        title: "Bình gốm men rạn Bát Tràng",
        description: "Bình dáng củ tỏi.",
        status: "published",
        created_at: "2026-11-01T00:00:00Z",
        metadata: { title_en: "Crackle-glaze vase" },
        tags: [{ value: "gốm" }],
        variants: [{ id: "variant_1", sku: "BT-20", barcode: "8931028000012", prices: [{ amount: 450000, currency_code: "vnd" }] }],
        sales_channels: [{ id: "sc_online" }],
      },
      undefined,
      new Map()
    )
    await provider().upsertDocuments({ index: UID, documents: [doc] })
    const sent = captured.find((c) => c.path === `/indexes/${UID}/documents`)!
    expect(sent.body).toHaveLength(1)
    expect(sent.body[0]).toMatchObject({
      id: "prod_1",
      title_vi: "Bình gốm men rạn Bát Tràng",
      title_en: "Crackle-glaze vase",
      tags: ["gốm"],
      barcodes: ["8931028000012"],
      price: 450000,
      certified: false,
      sales_channel_ids: ["sc_online"],
      folded: expect.stringContaining("binh gom men ran bat trang"),
    })
  })
})

describe("Meilisearch search requests", () => {
  const now = new Date("2026-11-22T00:00:00Z")
  /** What the Search Module does with our query before and after the provider (searchMany). */
  async function search(params: Parameters<typeof buildSearchQuery>[0]) {
    const normalized = normalizeSearchQuery({ query: buildSearchQuery(params, { salesChannelIds: ["sc_online"], now }) as any, index })
    const { base, per_facet } = buildDisjunctiveFacetQueries(normalized)
    const [first, ...rest] = await provider().searchMany([base, ...per_facet.values()])
    const merged = mergeDisjunctiveFacetResults({ base: first!, per_facet: new Map([...per_facet.keys()].map((k, i) => [k, rest[i]!])) })
    return { merged, body: captured.find((c) => c.path === "/multi-search")!.body }
  }

  it("builds the query, filters, sort, paging and facets from our parameters", async () => {
    multiSearchAnswer = (body) => ({
      results: body.queries.map((q: any) => ({ indexUid: UID, hits: [], query: q.q, processingTimeMs: 1, limit: q.limit, offset: q.offset, estimatedTotalHits: 0, totalHits: 0 })),
    })
    const { body } = await search({ q: "gốm", village: ["bat-trang", "kim-lan"], stars: [4, 5], price_min: 100000, price_max: 300000, in_stock_at: "bat-trang", sort: "price_asc", limit: 12, offset: 24 })
    const main = body.queries[0]
    expect(main).toMatchObject({ indexUid: UID, q: "gốm", offset: 24, limit: 12, sort: ["price:asc", "id:asc"] })
    expect(main.facets.sort()).toEqual(["centres", "group", "stars", "village"])
    // Every condition ANDed; the values of one parameter ORed; validity checked against now.
    expect(main.filter).toBe(
      `(sales_channel_ids IN ["sc_online"] AND (certified = false OR valid_until > ${now.getTime()}) AND ` +
        'village IN ["bat-trang", "kim-lan"] AND stars IN [4, 5] AND in_stock_at = "bat-trang" AND price >= 100000 AND price <= 300000)'
    )
    // Price bands are counted with one query each, on exact hit counts.
    const bands = body.queries.filter((q: any) => /price >= \d+ AND price < \d+|price >= 3000000/.test(q.filter ?? "") && q.hitsPerPage === 1)
    expect(bands.length).toBeGreaterThanOrEqual(5)
  })

  it("reads facet distributions and band counts back as our facet maps", async () => {
    multiSearchAnswer = (body) => ({
      results: body.queries.map((q: any) => {
        const band = /price >= (\d+)/.exec(q.filter ?? "")?.[1]
        return {
          indexUid: UID,
          hits: q.limit ? [{ id: "prod_1", title_vi: "Bình gốm" }] : [],
          query: q.q,
          processingTimeMs: 1,
          totalHits: band ? { "0": 3, "100000": 8, "300000": 11, "1000000": 2, "3000000": 0 }[band] : 24,
          estimatedTotalHits: 24,
          facetDistribution: {
            centres: { "bat-trang": 20, "van-phuc": 4 },
            village: { "bat-trang": 23, "kim-lan": 1 },
            stars: { "3": 6, "4": 14, "5": 4 },
            group: { handicraft: 24 },
          },
        }
      }),
    })
    const { merged } = await search({ q: "gom", limit: 24, offset: 0 })
    expect(merged.metadata.count).toBe(24)
    expect(merged.hits[0]).toMatchObject({ id: "prod_1", document: { title_vi: "Bình gốm" } })
    expect(facetCounts(merged.facets as any, DEFAULT_FACETS)).toEqual({
      centre: { "bat-trang": 20, "van-phuc": 4 },
      village: { "bat-trang": 23, "kim-lan": 1 },
      stars: { "3": 6, "4": 14, "5": 4 },
      group: { handicraft: 24 },
      price_ranges: { "0-100000": 3, "100000-300000": 8, "300000-1000000": 11, "1000000-3000000": 2, "3000000+": 0 },
    })
  })
})

describe("an unreachable Meilisearch", () => {
  it("fails a search with a clear error within the configured timeout instead of hanging", async () => {
    server.use(http.post(`${HOST}/multi-search`, async () => new Promise<Response>(() => {})))
    const slow = provider({ MEILISEARCH_HOST: HOST, MEILISEARCH_TIMEOUT_MS: "300" })
    const started = Date.now()
    const normalized = normalizeSearchQuery({ query: buildSearchQuery({ q: "gom", limit: 5, offset: 0 }, { salesChannelIds: [], now: new Date() }) as any, index })
    const error = await slow.search(normalized).then(() => undefined, (e: unknown) => e)
    expect(describeError(error)).toBe(`Request to ${HOST}/multi-search has failed: request timed out after 300ms`)
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it("fails the health check with the engine's reason when nothing listens", async () => {
    server.use(http.post(`${HOST}/multi-search`, () => HttpResponse.error()))
    const meili = provider()
    // The Search Module's part is the index bookkeeping; the engine call is the real provider's.
    const searchModule = {
      getIndex: () => index,
      listIndexes: async () => [{ name: PRODUCT_INDEX, status: "ready" }],
      search: async (query: any) => meili.search(normalizeSearchQuery({ query, index })),
    }
    const health = await searchHealth({ resolve: () => searchModule } as any)
    expect(health).toMatchObject({
      status: "unavailable",
      provider: "meilisearch",
      index: PRODUCT_INDEX,
      // Said to anyone: no host names. Logged: the engine's own words.
      reason: "the search engine could not be reached or refused the query",
    })
    expect((health as any).detail).toMatch(new RegExp(`^Request to ${HOST}/multi-search has failed: Failed to fetch`))
  })

  it("reports a health check that gets no answer as failed, within its own time limit", async () => {
    const searchModule = {
      getIndex: () => index,
      listIndexes: async () => [{ name: PRODUCT_INDEX, status: "ready" }],
      search: () => new Promise(() => {}),
    }
    const started = Date.now()
    const health = await searchHealth({ resolve: () => searchModule } as any, 200)
    expect(health).toMatchObject({ status: "unavailable", reason: "the search engine did not answer within 0.2 s" })
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
