import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api } from "./api"
import { openTill, saleBody, sellable, stockAt, type Till } from "./pos"

/** A till's queue synced in one request (POST /pos/sales/batch): in order, once per sale, each sale on its own. */
let bt: Till
let admin: string

beforeAll(async () => {
  admin = await adminToken()
  bt = await openTill("bat-trang", "BTQ")
})

const syncBatch = (t: Till, body: unknown) => api("/pos/sales/batch?locale=en", { method: "POST", token: t.token, body })
const receiptCount = async (t: Till, receipt: string) => (await api(`/pos/sales?receipt=${receipt}`, { token: t.token })).body.count as number

describe("a batch of queued sales", () => {
  it("is recorded in the order sent, each sale as it would be alone; sent again, it answers the same sales", async () => {
    const { variant } = await sellable(bt, 1)
    const level = await stockAt("bat-trang", variant.id)
    // Two left: the first two good sales take them, so the last one is short.
    await api(`/admin/inventory-items/${level.item}/location-levels/${level.location}`, { method: "POST", token: admin, body: { stocked_quantity: level.reserved + 2 } })
    const line = { variant_id: variant.id, quantity: 1, unit_price: variant.price }
    const sales = [
      saleBody(bt, [line]),
      saleBody(bt, [{ ...line, unit_price: variant.price + 1000 }]),
      saleBody(bt, [line]),
      saleBody(bt, [line]),
    ]
    const first = await syncBatch(bt, { sales })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    const results = first.body.results
    expect(results.map((r: any) => r.client_id)).toEqual(sales.map((s) => s.client_id))
    expect(results.map((r: any) => r.status)).toEqual([201, 409, 201, 409])
    expect(results[1]).toMatchObject({ code: "price_changed", message: expect.stringMatching(/price/) })
    expect(results[3]).toMatchObject({ code: "out_of_stock", message: expect.stringMatching(/only 0/) })
    expect(results[0].sale).toMatchObject({ receipt_number: sales[0]!.receipt_number, total: variant.price, status: "completed" })
    expect(results[0].sale.lines[0].line_item_ids.length).toBe(1)
    const after = await stockAt("bat-trang", variant.id)
    expect(after.stocked - after.reserved).toBe(0)

    // The same batch again (the till lost the answer): the same two sales, and no new order.
    const again = await syncBatch(bt, { sales })
    expect(again.body.results.map((r: any) => r.status)).toEqual([200, 409, 200, 409])
    expect(again.body.results[0].sale.order_id).toBe(results[0].sale.order_id)
    expect(again.body.results[2].sale.order_id).toBe(results[2].sale.order_id)
    for (const s of sales) expect(await receiptCount(bt, s.receipt_number)).toBe([sales[0], sales[2]].includes(s) ? 1 : 0)

    // Each recorded sale is one order in the centre's counter channel, as POST /pos/sales makes it.
    const { body: o } = await api(`/admin/orders/${results[0].sale.order_id}?fields=sales_channel_id,region_id,currency_code,total,metadata,*items,*shipping_methods`, { token: admin })
    const { body: centres } = await api("/admin/ocop/centres", { token: admin })
    expect(o.order.sales_channel_id).toBe(centres.centres.find((c: any) => c.handle === "bat-trang").sales_channel_id)
    expect(o.order).toMatchObject({ currency_code: "vnd", metadata: { source: "pos", pos_sale_id: results[0].sale.id } })
    expect(Number(o.order.total)).toBe(variant.price)
    expect(o.order.items[0]).toMatchObject({ variant_id: variant.id, is_tax_inclusive: true, requires_shipping: true })
    expect(o.order.shipping_methods.length).toBe(1)
  })

  it("keeps going past a sale it refuses: another centre's shift is that sale's refusal only", async () => {
    const vp = await openTill("van-phuc", "VPQ")
    const { variant } = await sellable(bt, 2)
    const line = { variant_id: variant.id, quantity: 1, unit_price: variant.price }
    const sales = [saleBody(bt, [line]), { ...saleBody(bt, [line]), shift_id: vp.shift }, saleBody(bt, [line])]
    const { status, body } = await syncBatch(bt, { sales })
    expect(status).toBe(200)
    expect(body.results.map((r: any) => r.status)).toEqual([201, 409, 201])
    expect(body.results[1].code).toBe("no_shift")
    expect(await receiptCount(bt, sales[1]!.receipt_number)).toBe(0)
  })

  it("refuses a malformed batch (400, naming the problem) and one naming another centre (403), writing nothing", async () => {
    const { variant } = await sellable(bt, 1)
    const before = await stockAt("bat-trang", variant.id)
    const good = saleBody(bt, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])
    const bad = saleBody(bt, [{ variant_id: variant.id, quantity: 0, unit_price: variant.price }])
    const malformed = await syncBatch(bt, { sales: [good, bad] })
    expect(malformed.status).toBe(400)
    expect(malformed.body.message).toMatch(/quantity/)
    expect((await syncBatch(bt, { sales: [] })).status).toBe(400)
    expect((await syncBatch(bt, { sales: Array.from({ length: 51 }, () => good) })).status).toBe(400)
    expect((await syncBatch(bt, { sales: [good], extra: true })).status).toBe(400)

    expect((await syncBatch(bt, { sales: [good, { ...bad, quantity: 1, centre: "van-phuc" }] })).status).toBe(403)
    expect((await syncBatch(bt, { centre: "van-phuc", sales: [good] })).status).toBe(403)
    expect(await receiptCount(bt, good.receipt_number)).toBe(0)
    expect(await stockAt("bat-trang", variant.id)).toEqual(before)

    // Not a clerk: the same 401/403 as every /pos route.
    expect((await api("/pos/sales/batch", { method: "POST", body: { sales: [good] } })).status).toBe(401)
    expect((await api("/pos/sales/batch", { method: "POST", token: admin, body: { sales: [good] } })).status).toBe(403)
    expect(await receiptCount(bt, good.receipt_number)).toBe(0)
  })
})
