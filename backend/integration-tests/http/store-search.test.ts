import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, publishableKey } from "./api"
import { fold } from "../../src/lib/search/fold"

/**
 * GET /store/ocop/search on the default provider (Postgres), against the real seeded catalogue.
 * Expectations are computed from Medusa's own /store/products, never written down by hand.
 */
let key: string
let token: string
let catalogue: { id: string; handle: string; title: string; description: string; tags: string[]; village?: string; created_at: string }[]

const search = async (params: Record<string, string>) => {
  const res = await api(`/store/ocop/search?${new URLSearchParams(params)}`, { key })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}
const handles = (body: any) => new Set<string>(body.hits.map((h: any) => h.handle))
const textOf = (p: (typeof catalogue)[number]) => [p.title, p.description, ...p.tags].join(" ")

beforeAll(async () => {
  token = await adminToken()
  key = await publishableKey(token)
  const { body } = await api("/store/products?limit=500&fields=id,handle,title,description,created_at,tags.value,+ocop", { key })
  catalogue = body.products.map((p: any) => ({
    id: p.id,
    handle: p.handle,
    title: p.title,
    description: p.description ?? "",
    tags: (p.tags ?? []).map((t: any) => t.value),
    village: p.ocop?.village?.handle,
    created_at: p.created_at,
  }))
  expect(catalogue.length).toBeGreaterThan(150)
})

describe("Vietnamese with or without diacritics", () => {
  it('"bat trang" finds every Bát Tràng product, as "bát tràng" does', async () => {
    const batTrang = catalogue.filter((p) => p.village === "bat-trang").map((p) => p.handle)
    expect(batTrang.length).toBeGreaterThan(5)
    const plain = await search({ q: "bat trang", limit: "100" })
    const accented = await search({ q: "bát tràng", limit: "100" })
    for (const handle of batTrang) expect(handles(plain)).toContain(handle)
    expect(accented.count).toBe(plain.count)
    expect(plain.corrected_query).toBeNull()
  })

  it('"gom" finds every product that says "gốm"', async () => {
    const expected = catalogue.filter((p) => /gốm/i.test(textOf(p))).map((p) => p.handle)
    expect(expected.length).toBeGreaterThan(5)
    const body = await search({ q: "gom", limit: "100" })
    for (const handle of expected) expect(handles(body)).toContain(handle)
  })

  it('"lua van phuc" finds Vạn Phúc silk', async () => {
    const expected = catalogue.filter((p) => p.village === "van-phuc" && /lụa/i.test(textOf(p))).map((p) => p.handle)
    expect(expected.length).toBeGreaterThan(2)
    const body = await search({ q: "lua van phuc", limit: "100" })
    for (const handle of expected) expect(handles(body)).toContain(handle)
    // Every hit has all three words somewhere (ANDed), here from silk and the village.
    expect(body.hits.every((h: any) => fold(JSON.stringify(h)).includes("van phuc"))).toBe(true)
  })

  it('"dong" matches "đồng"', async () => {
    const expected = catalogue.filter((p) => /đồng/i.test(textOf(p))).map((p) => p.handle)
    expect(expected.length).toBeGreaterThan(0)
    const body = await search({ q: "dong", limit: "100" })
    for (const handle of expected) expect(handles(body)).toContain(handle)
  })
})

describe("typos", () => {
  it('one typo still finds them: "bat trnag"', async () => {
    const body = await search({ q: "bat trnag", limit: "100" })
    expect(body.corrected_query).toBe("bat trang")
    const exact = await search({ q: "bat trang", limit: "100" })
    expect(body.count).toBe(exact.count)
    expect([...handles(body)]).toEqual([...handles(exact)])
  })

  it('one typo in English: "ceramc"', async () => {
    const body = await search({ q: "ceramc", locale: "en", limit: "50" })
    expect(body.corrected_query).toBe("ceramic")
    expect(body.count).toBeGreaterThan(0)
    expect(body.hits.every((h: any) => /ceramic/i.test(`${h.title} ${h.description}`))).toBe(true)
  })

  it("answers nothing, rather than anything, for words the catalogue has nothing near", async () => {
    const body = await search({ q: "xylophone", limit: "10" })
    expect(body).toMatchObject({ count: 0, hits: [], corrected_query: null })
  })
})

describe("English", () => {
  it("finds English titles and answers in English", async () => {
    const body = await search({ q: "crackle vase", locale: "en", limit: "10" })
    expect(body.hits.map((h: any) => h.title)).toContain("Bát Tràng crackle-glaze vase")
    expect(body.hits[0].availability[0].centre.name).toMatch(/[A-Za-z]/)
  })
})

describe("facets", () => {
  /** The value each facet counts, read off one hit. */
  const values = (h: any): Record<string, string[]> => ({
    centre: h.availability.map((a: any) => a.centre.handle),
    village: h.village ? [h.village.handle] : [],
    stars: h.ocop ? [String(h.ocop.stars)] : [],
    group: h.ocop ? [h.ocop.group] : [],
  })
  const tally = (hits: any[], facet: string) => {
    const counts: Record<string, number> = {}
    for (const h of hits) for (const v of values(h)[facet]!) counts[v] = (counts[v] ?? 0) + 1
    return counts
  }

  it("counts, for each value, the matching products that have it", async () => {
    const body = await search({ q: "gom", limit: "100" })
    expect(body.count).toBe(body.hits.length)
    for (const facet of ["centre", "village", "stars", "group"]) expect(body.facets[facet]).toEqual(tally(body.hits, facet))
    const bands: Record<string, number> = { "0-100000": 0, "100000-300000": 0, "300000-1000000": 0, "1000000-3000000": 0, "3000000+": 0 }
    for (const h of body.hits) {
      const a = h.price.amount
      bands[a < 100000 ? "0-100000" : a < 300000 ? "100000-300000" : a < 1000000 ? "300000-1000000" : a < 3000000 ? "1000000-3000000" : "3000000+"]! += 1
    }
    expect(body.facets.price_ranges).toEqual(bands)
    expect(body.facet_labels.village["bat-trang"]).toBe("Làng gốm Bát Tràng")
  })

  it("counts a filtered facet as choosing that value would: the other villages stay visible", async () => {
    const all = await search({ q: "gom", limit: "100" })
    const narrowed = await search({ q: "gom", village: "bat-trang", limit: "100" })
    // Village counts ignore the village filter...
    expect(narrowed.facets.village).toEqual(all.facets.village)
    // ...while every other facet counts the narrowed results.
    expect(narrowed.facets.stars).toEqual(tally(narrowed.hits, "stars"))
    expect(narrowed.count).toBe(all.facets.village["bat-trang"])
  })
})

describe("filters", () => {
  it("combine with AND across parameters and OR within one", async () => {
    const all = (await search({ q: "gom", limit: "100" })).hits
    const body = await search({ q: "gom", village: "bat-trang,kim-lan", stars: "4", limit: "100" })
    const expected = all.filter((h: any) => ["bat-trang", "kim-lan"].includes(h.village?.handle) && h.ocop?.stars === 4)
    expect(expected.length).toBeGreaterThan(0)
    expect(body.hits.map((h: any) => h.id).sort()).toEqual(expected.map((h: any) => h.id).sort())
  })

  it("keep to a price range in đồng, a group, a producer and stock at a centre", async () => {
    const body = await search({ group: "handicraft", price_min: "100000", price_max: "999999", in_stock_at: "bat-trang", limit: "100" })
    expect(body.count).toBeGreaterThan(0)
    for (const h of body.hits) {
      expect(h.ocop.group).toBe("handicraft")
      expect(h.price.amount).toBeGreaterThanOrEqual(100000)
      expect(h.price.amount).toBeLessThanOrEqual(999999)
      expect(h.availability.find((a: any) => a.centre.handle === "bat-trang")?.available).toBeGreaterThan(0)
    }
    const producer = body.hits[0].producer.handle
    const byProducer = await search({ producer, limit: "100" })
    expect(byProducer.hits.every((h: any) => h.producer.handle === producer)).toBe(true)
  })

  it("sorts by price both ways, and by stars", async () => {
    const up = (await search({ q: "lua", sort: "price_asc", limit: "50" })).hits.map((h: any) => h.price.amount)
    expect(up).toEqual([...up].sort((a, b) => a - b))
    const down = (await search({ q: "lua", sort: "price_desc", limit: "50" })).hits.map((h: any) => h.price.amount)
    expect(down).toEqual([...down].sort((a, b) => b - a))
    const stars = (await search({ q: "lua", sort: "stars", limit: "50" })).hits.map((h: any) => h.ocop.stars)
    expect(stars).toEqual([...stars].sort((a, b) => b - a))
  })

  it("pages without repeating or skipping a product", async () => {
    const whole = (await search({ sort: "price_asc", limit: "60" })).hits.map((h: any) => h.id)
    const pages = [
      ...(await search({ sort: "price_asc", limit: "20", offset: "0" })).hits,
      ...(await search({ sort: "price_asc", limit: "20", offset: "20" })).hits,
      ...(await search({ sort: "price_asc", limit: "20", offset: "40" })).hits,
    ].map((h: any) => h.id)
    expect(pages).toEqual(whole)
  })
})

describe("an empty query", () => {
  it("lists products newest first", async () => {
    const body = await search({ limit: "40" })
    expect(body.sort).toBe("newest")
    const createdAt = new Map(catalogue.map((p) => [p.id, Date.parse(p.created_at)]))
    const times = body.hits.map((h: any) => createdAt.get(h.id))
    expect(times.every((t: any) => typeof t === "number")).toBe(true)
    expect(times).toEqual([...times].sort((a: any, b: any) => b - a))
    // The newest product of the catalogue comes first.
    expect(times[0]).toBe(Math.max(...catalogue.map((p) => Date.parse(p.created_at))))
    expect(body.count).toBe(catalogue.length)
  })
})

describe("bad input", () => {
  it.each([
    [{ q: "a".repeat(201) }, /^q must be at most 200 characters/],
    [{ facets: "colour" }, /^facets: "colour" is not a facet/],
    [{ sort: "cheapest" }, /^sort: "cheapest" is not a sort/],
    [{ price_min: "-1" }, /^price_min cannot be negative/],
    [{ limit: "101" }, /^limit must be at most 100/],
    [{ centr: "bat-trang" }, /^Unknown parameter "centr"/],
  ])("answers 400 naming the parameter: %o", async (params, message) => {
    const res = await api(`/store/ocop/search?${new URLSearchParams(params as Record<string, string>)}`, { key })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
  })

  it("needs a publishable key", async () => {
    expect((await api("/store/ocop/search?q=gom", { key: null })).status).toBe(400)
  })
})

describe("sales channels", () => {
  it("shows a counter's key only what that centre's counter sells", async () => {
    const admin = (path: string, method = "GET", body?: unknown) => api(path, { method, body, token })
    // The counter's channel, not the centre's web channel (decision 14), which sells nothing itself.
    const channel = (await admin("/admin/sales-channels?limit=100")).body.sales_channels.find(
      (c: any) => c.metadata?.kind === "counter" && c.metadata?.ocop_centre_handle === "van-phuc"
    )
    expect(channel).toBeTruthy()
    const created = (await admin("/admin/api-keys", "POST", { title: "Vạn Phúc counter (search test)", type: "publishable" })).body.api_key
    await admin(`/admin/api-keys/${created.id}/sales-channels`, "POST", { add: [channel.id] })
    try {
      const counter = await api("/store/ocop/search?limit=100", { key: created.token })
      const online = await search({ limit: "100" })
      expect(counter.body.count).toBeGreaterThan(0)
      expect(counter.body.count).toBeLessThan(online.count)
      for (const h of counter.body.hits) expect(h.availability.map((a: any) => a.centre.handle)).toContain("van-phuc")
    } finally {
      await admin(`/admin/api-keys/${created.id}/revoke`, "POST")
    }
  })
})

describe("health", () => {
  it("reports the index ready with its documents", async () => {
    const res = await api("/health/search")
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: "ok", provider: "search-postgres", index: "product", state: "ready" })
    expect(res.body.documents).toBe(catalogue.length)
  })
})
