import "fake-indexeddb/auto"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { posApi, posHandlers, TOKEN } from "../../test/mocks/pos-api"
import { demoProducts } from "../../test/mocks/pos-records"
import { createApi } from "./api/client"
import { adjustCachedStock, mergeCatalogue, refreshCatalogue } from "./catalogue-cache"
import { PosDb } from "./db"

const server = setupServer(...posHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterAll(() => server.close())

describe("mergeCatalogue", () => {
  const base = { products: demoProducts(), at: "2026-12-02T01:00:00.000Z" }

  it("replaces everything on a full answer (and on an older backend's answer with no `full`)", () => {
    const one = demoProducts().slice(0, 1)
    expect(mergeCatalogue(base, { at: "t2", full: true, products: one }).products).toHaveLength(1)
    expect(mergeCatalogue(base, { at: "t2", products: one } as never).products).toHaveLength(1)
    expect(mergeCatalogue(undefined, { at: "t2", full: false, products: one }).at).toBe("t2")
  })

  it("merges changed products, drops removed ones and applies stock numbers", () => {
    const changed = { ...base.products[0]!, title_vi: "Bình mới", variants: base.products[0]!.variants.map((v) => ({ ...v, price: 500_000 })) }
    const merged = mergeCatalogue(base, {
      at: "2026-12-02T02:00:00.000Z",
      full: false,
      products: [changed],
      removed: ["prod_tea-set"],
      stock: [{ variant_id: "variant_bowl_1", available: 7 }],
    })
    expect(merged.at).toBe("2026-12-02T02:00:00.000Z")
    expect(merged.products).toHaveLength(base.products.length - 1)
    expect(merged.products.find((p) => p.id === "prod_vase")).toMatchObject({ title_vi: "Bình mới" })
    expect(merged.products.find((p) => p.id === "prod_vase")!.variants[0]!.price).toBe(500_000)
    expect(merged.products.some((p) => p.id === "prod_tea-set")).toBe(false)
    expect(merged.products.find((p) => p.id === "prod_bowl")!.variants[0]!.available).toBe(7)
    // Untouched products are the very same objects.
    expect(merged.products.find((p) => p.id === "prod_scarf")).toBe(base.products.find((p) => p.id === "prod_scarf"))
  })
})

describe("refreshCatalogue", () => {
  let db: PosDb
  let n = 0
  const api = createApi({ baseUrl: "http://till.test", token: () => TOKEN })
  beforeEach(() => {
    posApi.reset()
    db = new PosDb(`catalogue-${++n}`)
  })
  afterEach(async () => {
    db.close()
    await db.delete()
  })

  it("asks for everything first, then only for what changed since the last answer's `at`", async () => {
    const first = await refreshCatalogue(db, api)
    expect(first.products).toHaveLength(posApi.state.products.length)
    posApi.state.products[0]!.variants[0]!.price = 460_000
    posApi.touch({ product: "prod_vase" })
    posApi.touch({ removed: "prod_lamp" })
    posApi.state.products.find((p) => p.id === "prod_cup")!.variants[0]!.available = 1
    posApi.touch({ stock: "variant_cup_1" })
    const second = await refreshCatalogue(db, api)
    const asked = posApi.received.filter((r) => r.path === "/pos/catalogue")
    expect(asked).toHaveLength(2)
    expect(second.products.find((p) => p.id === "prod_vase")!.variants[0]!.price).toBe(460_000)
    expect(second.products.some((p) => p.id === "prod_lamp")).toBe(false)
    expect(second.products.find((p) => p.id === "prod_cup")!.variants[0]!.available).toBe(1)
    expect((await db.read("catalogue"))?.at).toBe(second.at)
  })

  it("keeps the backend's `at` when the till adjusts its own stock after a sale", async () => {
    const first = await refreshCatalogue(db, api)
    const after = await adjustCachedStock(db, [{ variant_id: "variant_vase_1", delta: -2 }])
    expect(after?.at).toBe(first.at)
    expect(after?.products[0]!.variants[0]!.available).toBe(10)
  })
})
