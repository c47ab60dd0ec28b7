import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, publishableKey } from "./api"

/**
 * Changes reach search through events alone: nothing here reindexes. Each test changes one thing
 * through the admin API and waits until the search answer shows it. The wait is generous so the
 * test cannot flake; how fast it really is (well under 5 s) is what bench/search/freshness.mjs
 * measures.
 */
let key: string
let token: string
const admin = (path: string, method = "GET", body?: unknown) => api(path, { method, body, token })
const search = async (params: Record<string, string>) => (await api(`/store/ocop/search?${new URLSearchParams(params)}`, { key })).body

/** Polls until `check` holds, failing with the last answer if it never does. */
async function eventually(read: () => Promise<any>, check: (answer: any) => boolean, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  let last: any
  while (Date.now() < until) {
    last = await read()
    if (check(last)) return last
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`Search never showed the change. Last answer: ${JSON.stringify(last).slice(0, 600)}`)
}

/** A published product of the seed, as search shows it. */
async function someProduct(params: Record<string, string> = {}) {
  const { hits } = await search({ limit: "50", ...params })
  expect(hits.length).toBeGreaterThan(0)
  return hits[hits.length - 1]
}

beforeAll(async () => {
  token = await adminToken()
  key = await publishableKey(token)
})

describe("search follows the catalogue", () => {
  it("a new title", async () => {
    const product = await someProduct()
    const original = (await admin(`/admin/products/${product.id}?fields=title`)).body.product.title
    await admin(`/admin/products/${product.id}`, "POST", { title: `${original} Quokkaware` })
    try {
      const found = await eventually(() => search({ q: "quokkaware" }), (a) => a.count === 1)
      expect(found.hits[0].id).toBe(product.id)
    } finally {
      await admin(`/admin/products/${product.id}`, "POST", { title: original })
    }
    await eventually(() => search({ q: "quokkaware" }), (a) => a.count === 0)
  })

  it("a new price", async () => {
    const product = await someProduct({ q: "lua" })
    const variant = product.variants[0]
    const { body } = await admin(`/admin/products/${product.id}/variants/${variant.id}?fields=prices.*`)
    const prices = body.variant.prices.map((p: any) => ({ id: p.id, amount: p.amount, currency_code: p.currency_code }))
    const vnd = prices.find((p: any) => p.currency_code === "vnd")
    const cheaper = 1_000
    await admin(`/admin/products/${product.id}/variants/${variant.id}`, "POST", {
      prices: prices.map((p: any) => (p === vnd ? { ...p, amount: cheaper } : p)),
    })
    try {
      const found = await eventually(
        () => search({ q: "lua", sort: "price_asc", limit: "1" }),
        (a) => a.hits[0]?.id === product.id && a.hits[0].price.amount === cheaper
      )
      expect(found.hits[0].variants.find((v: any) => v.id === variant.id).price.amount).toBe(cheaper)
    } finally {
      await admin(`/admin/products/${product.id}/variants/${variant.id}`, "POST", { prices })
    }
  })

  it("stock running out at a centre, and a reservation taking the last units", async () => {
    const product = await someProduct({ in_stock_at: "van-phuc" })
    const centres = (await admin("/admin/ocop/centres")).body.centres
    const locationId = centres.find((c: any) => c.handle === "van-phuc").stock_location_id
    const items: { item: string; stocked: number }[] = []
    for (const v of product.variants) {
      const variant = (await admin(`/admin/products/${product.id}/variants/${v.id}?fields=inventory_items.inventory_item_id`)).body.variant
      const item = variant.inventory_items[0].inventory_item_id
      const levels = (await admin(`/admin/inventory-items/${item}/location-levels`)).body.inventory_levels
      const level = levels.find((l: any) => l.location_id === locationId)
      if (level) items.push({ item, stocked: level.stocked_quantity })
    }
    expect(items.length).toBeGreaterThan(0)
    const inStock = (a: any) => a.hits.some((h: any) => h.id === product.id)
    const visible = () => search({ in_stock_at: "van-phuc", limit: "100", q: product.title })

    // Out of stock: every variant's level goes to 0.
    for (const { item } of items) await admin(`/admin/inventory-items/${item}/location-levels/${locationId}`, "POST", { stocked_quantity: 0 })
    await eventually(visible, (a) => !inStock(a))
    for (const { item, stocked } of items) await admin(`/admin/inventory-items/${item}/location-levels/${locationId}`, "POST", { stocked_quantity: stocked })
    await eventually(visible, inStock)

    // Reserved: stocked stays, availability (stocked minus reserved) drops to 0.
    const reservations: string[] = []
    for (const { item, stocked } of items) {
      if (!stocked) continue
      const r = await admin("/admin/reservations", "POST", { inventory_item_id: item, location_id: locationId, quantity: stocked })
      expect(r.status).toBe(200)
      reservations.push(r.body.reservation.id)
    }
    try {
      const gone = await eventually(visible, (a) => !inStock(a))
      expect(gone.hits.find((h: any) => h.id === product.id)).toBeUndefined()
    } finally {
      for (const id of reservations) await admin(`/admin/reservations/${id}`, "DELETE")
    }
    await eventually(visible, inStock)
  })

  it("a certificate's stars, and its expiry: an expired product is never returned", async () => {
    const product = await someProduct({ stars: "4" })
    const { body } = await admin(`/admin/ocop/products/${product.id}`)
    const certification = body.product_ocop.certification
    expect(certification).toBeTruthy()
    const setCert = (c: Record<string, unknown>) =>
      admin(`/admin/ocop/products/${product.id}`, "POST", {
        certification: {
          stars: c.stars,
          group: c.group,
          decision_number: c.decision_number,
          issuing_level: c.issuing_level,
          issue_date: String(c.issue_date).slice(0, 10),
          expiry_date: String(c.expiry_date).slice(0, 10),
        },
      })
    const byStars = (stars: string) => search({ stars, q: product.title, limit: "100" })
    const has = (a: any) => a.hits.some((h: any) => h.id === product.id)
    try {
      expect((await setCert({ ...certification, stars: 3 })).status).toBe(200)
      await eventually(() => byStars("3"), has)
      expect(has(await byStars("4"))).toBe(false)

      // Expired yesterday, and the nightly job has not run: still published, yet not searchable.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
      expect((await setCert({ ...certification, issue_date: "2022-01-10", expiry_date: yesterday })).status).toBe(200)
      expect((await admin(`/admin/products/${product.id}?fields=status`)).body.product.status).toBe("published")
      await eventually(() => search({ q: product.title, limit: "100" }), (a) => !has(a))
    } finally {
      expect((await setCert(certification)).status).toBe(200)
    }
    await eventually(() => byStars("4"), has)
  })

  it("a renamed village", async () => {
    const villages = (await admin("/admin/ocop/villages")).body.villages
    const village = villages.find((v: any) => v.handle === "phu-vinh") ?? villages[0]
    await admin(`/admin/ocop/villages/${village.id}`, "POST", { name: `${village.name} Zebrawood` })
    try {
      const found = await eventually(() => search({ q: "zebrawood", limit: "100" }), (a) => a.count > 0)
      expect(found.hits.every((h: any) => h.village.handle === village.handle)).toBe(true)
      expect(found.facet_labels.village[village.handle]).toBe(`${village.name} Zebrawood`)
    } finally {
      await admin(`/admin/ocop/villages/${village.id}`, "POST", { name: village.name })
    }
  })

  it("a new product, then its deletion", async () => {
    const channel = (await admin("/admin/sales-channels?limit=50")).body.sales_channels.find((c: any) => /trực tuyến|Online/i.test(c.name))
    const created = await admin("/admin/products", "POST", {
      title: "Tranh thêu Narwhalstitch",
      status: "published",
      sales_channels: [{ id: channel.id }],
      options: [{ title: "Kích thước", values: ["Nhỏ"] }],
      variants: [{ title: "Nhỏ", options: { "Kích thước": "Nhỏ" }, prices: [{ currency_code: "vnd", amount: 350000 }], manage_inventory: false }],
    })
    expect(created.status).toBe(200)
    const id = created.body.product.id
    const found = await eventually(() => search({ q: "narwhalstitch" }), (a) => a.count === 1)
    // No certificate: listed as a craft-village product, without an OCOP block.
    expect(found.hits[0]).toMatchObject({ id, ocop: null, price: { amount: 350000, currency_code: "vnd" } })
    await admin(`/admin/products/${id}`, "DELETE")
    await eventually(() => search({ q: "narwhalstitch" }), (a) => a.count === 0)
  })
})
