import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminToken, api } from "./api"
import { openTill, saleBody, sell, sellable, settled, stockAt, type Till } from "./pos"

/**
 * What changed while a till was offline (issue 7, decisions 21 and 22): a product withdrawn or
 * repriced since the till last saw it does not refuse a sale made offline (it is flagged), and
 * a shift opened offline is named by its client id until the till hears its id.
 */
let cm: Till
let pv: Till
let admin: string
const restore: (() => Promise<unknown>)[] = []

const asAdmin = (path: string, method = "GET", body?: unknown) => api(path, { method, token: admin, body })
const line = (variant: any, quantity = 1) => ({ variant_id: variant.id, quantity, unit_price: variant.price })

beforeAll(async () => {
  admin = await adminToken()
  cm = await openTill("chuyen-my", "CM2")
  pv = await openTill("phu-vinh", "PV2")
})

afterAll(async () => {
  for (const undo of restore.reverse()) await undo()
})

describe("an offline sale of a product withdrawn or repriced since the till last saw it", () => {
  it("is kept at the till's price and flagged, where an online sale is refused", async () => {
    const { product: drafted, variant: withdrawn } = await sellable(pv, 2)
    let other = await sellable(pv, 2)
    while (other.product.id === drafted.id) other = await sellable(pv, 2)
    const repriced = other.variant
    const setPrice = (amount: number) =>
      asAdmin(`/admin/products/${other.product.id}/variants/${repriced.id}`, "POST", { prices: [{ currency_code: "vnd", amount }] })
    expect((await setPrice(repriced.price + 5_000)).status).toBe(200)
    restore.push(() => setPrice(repriced.price))
    expect((await asAdmin(`/admin/products/${drafted.id}`, "POST", { status: "draft" })).status).toBe(200)
    restore.push(() => asAdmin(`/admin/products/${drafted.id}`, "POST", { status: "published" }))
    const before = await stockAt("phu-vinh", withdrawn.id)

    // What the till still showed: the old price, the product still on sale.
    const lines = [line(withdrawn, 1), line(repriced, 2)]
    expect((await sell(pv, saleBody(pv, [line(repriced, 1)]))).body.code).toBe("price_changed")
    expect((await sell(pv, saleBody(pv, [line(withdrawn, 1)]))).body.code).toBe("unknown_variant")

    const res = await sell(pv, saleBody(pv, lines, { offline: true }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const sale = res.body.sale
    expect(sale.total).toBe(withdrawn.price + 2 * repriced.price)
    expect(sale.conflict).toMatchObject({
      kind: "withdrawn",
      status: "open",
      lines: [],
      withdrawn: [{ variant_id: withdrawn.id }],
      prices: [{ variant_id: repriced.id, sold_price: repriced.price, current_price: repriced.price + 5_000 }],
    })
    // The goods left the shop: the withdrawn one's stock is reserved like any sale's.
    const after = await stockAt("phu-vinh", withdrawn.id)
    expect(after.stocked - after.reserved).toBe(before.stocked - before.reserved - 1)
    await settled(sale.order_id)
    const { body: listed } = await asAdmin("/admin/ocop/pos-conflicts?centre=phu-vinh")
    expect(listed.conflicts.find((c: any) => c.sale_id === sale.id)).toMatchObject({ kind: "withdrawn", prices: [{ sold_price: repriced.price }] })
  })

  it("is kept when the product was deleted since, and nothing else about the sale is waived", async () => {
    const centres = (await asAdmin("/admin/ocop/centres")).body.centres
    const centre = centres.find((c: any) => c.handle === "phu-vinh")
    const sku = `OFFLINE-DELETED-${Date.now()}`
    const created = await asAdmin("/admin/products", "POST", {
      title: "Giỏ mây thử (deleted after an offline sale)",
      status: "published",
      options: [{ title: "Cỡ", values: ["Vừa"] }],
      variants: [{ title: "Vừa", sku, options: { Cỡ: "Vừa" }, manage_inventory: true, prices: [{ currency_code: "vnd", amount: 90_000 }] }],
      sales_channels: [{ id: centre.sales_channel_id }],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(200)
    const variant = created.body.product.variants[0]
    const { body: items } = await asAdmin(`/admin/inventory-items?sku=${sku}`)
    await asAdmin(`/admin/inventory-items/${items.inventory_items[0].id}/location-levels`, "POST", { location_id: centre.stock_location_id, stocked_quantity: 4 })
    const till = { id: variant.id, price: 90_000 }
    expect((await asAdmin(`/admin/products/${created.body.product.id}`, "DELETE")).status).toBe(200)

    expect((await sell(pv, saleBody(pv, [line(till, 1)]))).body.code).toBe("unknown_variant")
    const res = await sell(pv, saleBody(pv, [line(till, 1)], { offline: true }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.sale.conflict).toMatchObject({ kind: "withdrawn", withdrawn: [{ variant_id: variant.id, title: "Giỏ mây thử (deleted after an offline sale)" }] })
    expect(res.body.sale.lines[0]).toMatchObject({ variant_id: variant.id, quantity: 1, total: 90_000 })
    // Paid and handed over on Medusa's books like any sale.
    await settled(res.body.sale.order_id)

    // A variant that never existed is still bad input, offline or not.
    const bogus = await sell(pv, saleBody(pv, [{ variant_id: "variant_does_not_exist", quantity: 1, unit_price: 1_000 }], { offline: true }))
    expect(bogus.status).toBe(400)
    expect(bogus.body.code).toBe("unknown_variant")
  })
})

describe("a shift opened offline", () => {
  it("keeps the time it was opened, and its sales and returns may name it by its client id", async () => {
    const token = cm.token
    const client_id = randomUUID()
    const till = `CO${Math.floor(Math.random() * 1e4)}`
    const openedAt = new Date(Date.now() - 2 * 3_600_000).toISOString()
    const future = await api("/pos/shifts?locale=en", { method: "POST", token, body: { client_id: randomUUID(), till_id: till, opening_float: 1, offline: true, opened_at: new Date(Date.now() + 3_600_000).toISOString() } })
    expect(future.status).toBe(400)
    expect(future.body.code).toBe("opened_at_future")
    const opened = await api("/pos/shifts", { method: "POST", token, body: { client_id, till_id: till, opening_float: 300_000, offline: true, opened_at: openedAt } })
    expect(opened.status, JSON.stringify(opened.body)).toBe(201)
    expect(opened.body.shift.opened_at).toBe(openedAt)

    // The till queued these before it heard the shift's id: they name it by its client id.
    const t: Till = { ...cm, till, shift: client_id, prefix: till, seq: 0 }
    const { variant } = await sellable(cm, 2)
    const sold = await sell(t, saleBody(t, [line(variant, 1)], { offline: true }))
    expect(sold.status, JSON.stringify(sold.body)).toBe(201)
    await settled(sold.body.sale.order_id)
    const back = await api(`/pos/sales/${sold.body.sale.id}/returns`, {
      method: "POST",
      token,
      body: { client_id: randomUUID(), shift_id: client_id, lines: [{ variant_id: variant.id, quantity: 1 }], refund: "cash", offline: true },
    })
    expect(back.status, JSON.stringify(back.body)).toBe(201)

    // Its report and its close answer to either name, and count what was sold and refunded in it.
    const { body } = await api(`/pos/shifts/${client_id}/report`, { token })
    expect(body.report).toMatchObject({ shift: { id: opened.body.shift.id }, sales_count: 1, cash_refunds: variant.price, expected_cash: 300_000 })
    expect((await api(`/pos/shifts/${client_id}/report`, { token: pv.token })).status).toBe(404)
    const closed = await api(`/pos/shifts/${opened.body.shift.id}/close`, { method: "POST", token, body: { counted: { "100000": 3 } } })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    // A sale naming a shift that is nowhere is still refused.
    expect((await sell(t, saleBody({ ...t, shift: randomUUID() }, [line(variant, 1)], { offline: true }))).body.code).toBe("no_shift")
  })
})
