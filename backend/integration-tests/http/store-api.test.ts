import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, publishableKey } from "./api"

/** What the storefront and POS read: publishable key required, OCOP routes, product fields and filters. */
let key: string
let token: string
const get = (path: string) => api(path, { key })

beforeAll(async () => {
  token = await adminToken()
  key = await publishableKey(token)
})

describe("publishable key", () => {
  it.each(["/store/ocop/centres", "/store/ocop/villages", "/store/products"])("is required on %s", async (path) => {
    const res = await api(path, { key: null })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/publishable/i)
    expect((await api(path, { key: "pk_not_a_real_key" })).status).toBe(400)
  })
})

describe("centres, villages, producers", () => {
  it("lists the centres in the language asked, with product counts", async () => {
    const vi = (await get("/store/ocop/centres?locale=vi")).body.centres
    const en = (await get("/store/ocop/centres?locale=en")).body.centres
    expect(vi.length).toBeGreaterThanOrEqual(10)
    const btVi = vi.find((c: any) => c.handle === "bat-trang")
    const btEn = en.find((c: any) => c.handle === "bat-trang")
    expect(btVi).toMatchObject({
      name: "Trung tâm thiết kế sáng tạo, bảo tồn, phát triển gốm di sản quốc gia, thương mại và du lịch 1.000 năm Thăng Long",
      stars: 4,
      kind: "design_sales_centre",
      commune: "Bát Tràng",
      former_district: "Gia Lâm",
    })
    expect(btEn.name).not.toBe(btVi.name)
    expect(btEn.description).toMatch(/[a-z]/)
    expect(btVi.product_count).toBeGreaterThan(0)
    expect(vi.some((c: any) => c.kind === "sales_point")).toBe(true)
  })

  it("counts a centre's products again as soon as one is withdrawn or put back on sale", async () => {
    const count = async () => (await get("/store/ocop/centres")).body.centres.find((c: any) => c.handle === "duong-lam").product_count as number
    const before = await count()
    const { hits } = (await get("/store/ocop/search?in_stock_at=duong-lam&limit=1")).body
    const id = hits[0].id
    const setStatus = async (status: string) =>
      expect((await api(`/admin/products/${id}`, { method: "POST", token, body: { status } })).status).toBe(200)
    await setStatus("draft")
    try {
      await expect.poll(count, { timeout: 5000 }).toBe(before - 1)
    } finally {
      await setStatus("published")
    }
    await expect.poll(count, { timeout: 5000 }).toBe(before)
  })

  it("shows a centre with the villages and producers it sells, and 404 for an unknown one", async () => {
    const { body } = await get("/store/ocop/centres/bat-trang?locale=en")
    expect(body.centre.villages.map((v: any) => v.handle)).toContain("bat-trang")
    expect(body.centre.producers.length).toBeGreaterThan(0)
    expect(body.centre.villages[0].craft).toMatch(/[A-Za-z]/)
    const missing = await get("/store/ocop/centres/no-such-centre")
    expect(missing.status).toBe(404)
    expect(missing.body.message).toMatch(/no-such-centre/)
  })

  it("lists villages and shows a village with its producers", async () => {
    const list = (await get("/store/ocop/villages")).body.villages
    expect(list.length).toBeGreaterThanOrEqual(9)
    const vp = (await get("/store/ocop/villages/van-phuc?locale=en")).body.village
    expect(vp.name).toMatch(/Vạn Phúc/)
    expect(vp.producers.length).toBeGreaterThan(0)
    expect((await get("/store/ocop/villages/nowhere")).status).toBe(404)
  })

  it("shows a producer with its published products", async () => {
    const { body } = await get("/store/ocop/producers/htx-gom-su-bat-trang")
    expect(body.producer).toMatchObject({ handle: "htx-gom-su-bat-trang", type: "cooperative" })
    expect(body.producer.products.length).toBeGreaterThan(0)
    expect((await get("/store/ocop/producers/nobody")).status).toBe(404)
  })
})

describe("/store/products with OCOP", () => {
  it("attaches the ocop object when fields asks for it, and only then", async () => {
    const plain = (await get("/store/products?limit=3")).body.products
    expect(plain[0].ocop).toBeUndefined()
    const { body } = await get("/store/products?limit=3&fields=+ocop")
    for (const p of body.products) {
      expect(p.ocop).toMatchObject({
        stars: expect.any(Number),
        group: expect.any(String),
        certificate_number: expect.any(String),
        issuing_level: expect.stringMatching(/city|national/),
        status: expect.stringMatching(/valid|expiring/),
        producer: { handle: expect.any(String), name: expect.any(String), type: expect.any(String) },
        village: { handle: expect.any(String), name: expect.any(String) },
      })
      expect(p.ocop.availability.length).toBeGreaterThan(0)
    }
  })

  it("filters by village, producer, minimum stars, group and centre, combined with AND", async () => {
    const all = (await get("/store/products?limit=500&fields=id,+ocop")).body.products
    const expected = all.filter(
      (p: any) => p.ocop.village?.handle === "bat-trang" && p.ocop.stars >= 4 && p.ocop.group === "handicraft"
    )
    const { body } = await get("/store/products?limit=500&fields=id,+ocop&village=bat-trang&min_stars=4&group=handicraft")
    expect(body.products.map((p: any) => p.id).sort()).toEqual(expected.map((p: any) => p.id).sort())
    expect(body.count).toBe(expected.length)

    const atChuyenMy = (await get("/store/products?limit=500&fields=id,+ocop&centre=chuyen-my")).body.products
    expect(atChuyenMy.length).toBeGreaterThan(0)
    for (const p of atChuyenMy) expect(p.ocop.availability.map((a: any) => a.centre.handle)).toContain("chuyen-my")

    const producer = all[0].ocop.producer.handle
    const byProducer = (await get(`/store/products?limit=500&fields=id,+ocop&producer=${producer}`)).body.products
    expect(byProducer.every((p: any) => p.ocop.producer.handle === producer)).toBe(true)
    expect(byProducer.length).toBe(all.filter((p: any) => p.ocop.producer.handle === producer).length)

    const none = await get("/store/products?village=bat-trang&group=beverage")
    expect(none.body.count).toBe(0)
  })

  it("answers 400 to a bad filter value", async () => {
    for (const q of ["min_stars=7", "group=electronics", "centre=Bát%20Tràng"]) {
      const res = await get(`/store/products?${q}`)
      expect(res.status, q).toBe(400)
      expect(res.body.message).toMatch(/min_stars|group|centre/)
    }
  })

  it("reports per-centre availability as stocked minus reserved, and follows a reservation", async () => {
    const { body } = await get("/store/products?limit=500&fields=id,handle,variants.id,+ocop&centre=bat-trang")
    const product = body.products.find((p: any) =>
      p.ocop.availability.some((a: any) => a.centre.handle === "bat-trang" && a.available >= 3)
    )
    const before = product.ocop.availability.find((a: any) => a.centre.handle === "bat-trang")
    const [variantId, available] = Object.entries(before.variants).find(([, n]) => (n as number) >= 3)! as [string, number]

    const variant = await api(`/admin/products/${product.id}/variants/${variantId}?fields=inventory_items.inventory_item_id`, { token })
    const inventoryItemId = variant.body.variant.inventory_items[0].inventory_item_id
    const centres = await api("/admin/ocop/centres", { token })
    const locationId = centres.body.centres.find((c: any) => c.handle === "bat-trang").stock_location_id
    const reservation = await api("/admin/reservations", {
      method: "POST",
      token,
      body: { inventory_item_id: inventoryItemId, location_id: locationId, quantity: 2 },
    })
    expect(reservation.status).toBe(200)

    const after = (await get(`/store/products/${product.id}?fields=id,+ocop`)).body.product.ocop.availability
    const bt = after.find((a: any) => a.centre.handle === "bat-trang")
    expect(bt.variants[variantId]).toBe(available - 2)
    expect(bt.available).toBe(before.available - 2)

    await api(`/admin/reservations/${reservation.body.reservation.id}`, { method: "DELETE", token })
    const restored = (await get(`/store/products/${product.id}?fields=id,+ocop`)).body.product.ocop.availability
    expect(restored.find((a: any) => a.centre.handle === "bat-trang").variants[variantId]).toBe(available)
  })
})
