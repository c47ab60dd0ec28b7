import { describe, expect, it } from "vitest"
import { buildSearchQuery, effectiveSort, type SearchParams } from "./search-query"

const now = new Date("2026-11-22T10:00:00Z")
const ctx = { salesChannelIds: ["sc_online"], now }
const build = (p: Partial<SearchParams>) => buildSearchQuery({ limit: 24, offset: 0, ...p }, ctx)

describe("buildSearchQuery", () => {
  it("always keeps to the caller's sales channels and to valid certificates", () => {
    const { filters } = build({})
    expect(filters.sales_channel_ids).toEqual(["sc_online"])
    // Products without a certificate pass; certified ones only until their validity ends.
    expect(filters.$or).toEqual([{ certified: false }, { valid_until: { $gt: now.getTime() } }])
  })

  it("combines different parameters with AND and the values of one parameter with OR", () => {
    const { filters } = build({ centre: ["bat-trang", "van-phuc"], stars: [4, 5], group: ["handicraft"], in_stock_at: "bat-trang" })
    // Separate keys of one filter object are ANDed by every provider; a list is any-of.
    expect(filters).toMatchObject({
      centres: ["bat-trang", "van-phuc"],
      stars: [4, 5],
      group: ["handicraft"],
      in_stock_at: "bat-trang",
    })
  })

  it("turns a price range into one inclusive bound pair on the lowest variant price", () => {
    expect(build({ price_min: 100_000, price_max: 300_000 }).filters.price).toEqual({ $gte: 100_000, $lte: 300_000 })
    expect(build({ price_min: 0 }).filters.price).toEqual({ $gte: 0 })
    expect(build({}).filters.price).toBeUndefined()
  })

  it("asks for disjunctive facets, exact counts, and all price bands", () => {
    const { search_options } = build({})
    expect(search_options.disjunctive_facets).toBe(true)
    expect(search_options.count).toBe("exact")
    expect(search_options.facets.map((f) => f.field)).toEqual(["centres", "village", "stars", "group", "price"])
    const price = search_options.facets.find((f) => f.field === "price") as any
    expect(price.type).toBe("range")
    expect(price.ranges.map((r: any) => r.key)).toEqual(["0-100000", "100000-300000", "300000-1000000", "1000000-3000000", "3000000+"])
  })

  it("computes only the facets asked for", () => {
    expect(build({ facets: ["producer", "stars"] }).search_options.facets.map((f) => f.field)).toEqual(["producer", "stars"])
  })

  it("pages with offset and limit and breaks every explicit sort's ties by id", () => {
    expect(build({ q: "gom", sort: "price_asc", limit: 10, offset: 20 }).pagination).toEqual({
      skip: 20,
      take: 10,
      order: { price: "ASC", id: "ASC" },
    })
    expect(build({ q: "gom", sort: "price_desc" }).pagination.order).toEqual({ price: "DESC", id: "ASC" })
    expect(build({ q: "gom", sort: "stars" }).pagination.order).toEqual({ stars: "DESC", _score: "DESC", created_at: "DESC", id: "ASC" })
    expect(build({ q: "gom" }).pagination.order).toBeUndefined()
  })

  it("lists newest first when there are no words to rank by", () => {
    expect(effectiveSort({})).toBe("newest")
    expect(effectiveSort({ sort: "relevance" })).toBe("newest")
    expect(effectiveSort({ sort: "price_asc" })).toBe("price_asc")
    expect(effectiveSort({ q: "gom" })).toBe("relevance")
    expect(build({}).pagination.order).toEqual({ created_at: "DESC", id: "ASC" })
  })

  it("sends the words only when there are some", () => {
    expect(build({ q: "bat trang" }).filters.q).toBe("bat trang")
    expect("q" in build({}).filters).toBe(false)
  })
})
