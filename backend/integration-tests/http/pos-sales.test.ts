import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, login } from "./api"
import { catalogue, openTill, saleBody, sell, sellable, settled, stockAt, type Till } from "./pos"

/** Selling at a centre's counter through /pos: one inventory, one sale per client id, the clerk's own centre only. */
let bt: Till
let admin: string

beforeAll(async () => {
  admin = await adminToken()
  bt = await openTill("bat-trang", "BT1")
})

describe("who may use the till", () => {
  it("answers 401 without a sign-in, 403 to an admin or a customer, and the clerk's own centre to a clerk", async () => {
    expect((await api("/pos/me")).status).toBe(401)
    expect((await api("/pos/me", { token: admin })).status).toBe(403)
    const customer = await login("customer", "customer@ocop.test")
    expect((await api("/pos/me", { token: customer })).status).toBe(401)
    const me = (await api("/pos/me", { token: bt.token })).body
    expect(me.centre.handle).toBe("bat-trang")
    expect(me.clerk.role).toBe("clerk")
    expect(me.limits.line_discount_percent).toBe(10)
    expect(me.centre.bank.account_number).toBeTruthy()
  })
})

describe("a counter sale", () => {
  it("is one Medusa order in the centre's counter channel, paid and handed over, taken off the centre's stock", async () => {
    const { product, variant } = await sellable(bt, 2)
    const before = await stockAt("bat-trang", variant.id)
    const body = saleBody(bt, [{ variant_id: variant.id, quantity: 2, unit_price: variant.price }])
    const res = await sell(bt, body)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const sale = res.body.sale
    expect(sale).toMatchObject({ receipt_number: body.receipt_number, total: variant.price * 2, status: "completed" })
    expect(sale.lines[0]).toMatchObject({ title_vi: product.title_vi, quantity: 2, stars: product.stars })
    expect(sale.receipt_url).toMatch(new RegExp(`/vi/receipts/${body.receipt_number}\\?t=`))

    // At once, the piece is reserved at the centre: nobody else can sell it.
    const reserved = await stockAt("bat-trang", variant.id)
    expect(reserved.stocked - reserved.reserved).toBe(before.stocked - before.reserved - 2)
    // Within moments the order is paid and handed over, which turns the reservation into stock out.
    const order = () => api(`/admin/orders/${sale.order_id}?fields=sales_channel_id,payment_status,fulfillment_status,total,*items`, { token: admin })
    await settled(sale.order_id)
    const { body: o } = await order()
    const { body: centres } = await api("/admin/ocop/centres", { token: admin })
    expect(o.order.sales_channel_id).toBe(centres.centres.find((c: any) => c.handle === "bat-trang").sales_channel_id)
    expect(o.order.payment_status).toBe("captured")
    expect(["fulfilled", "delivered"]).toContain(o.order.fulfillment_status)
    expect(Number(o.order.total)).toBe(sale.total)

    const after = await stockAt("bat-trang", variant.id)
    expect(after.stocked).toBe(before.stocked - 2)
    expect(after.reserved).toBe(before.reserved)
    expect((await api(`/pos/sales/${sale.id}`, { token: bt.token })).status).toBe(200)
  })

  it("is created once for a client id, however often it is sent, also at once", async () => {
    const { variant } = await sellable(bt, 1)
    const before = await stockAt("bat-trang", variant.id)
    const body = saleBody(bt, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])
    const first = await sell(bt, body)
    expect(first.status).toBe(201)
    const again = await sell(bt, body)
    expect(again.status).toBe(200)
    expect(again.body.sale.order_id).toBe(first.body.sale.order_id)

    const racing = saleBody(bt, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])
    const answers = await Promise.all(Array.from({ length: 5 }, () => sell(bt, racing)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201])
    expect(new Set(answers.map((a) => a.body.sale.order_id)).size).toBe(1)
    const { body: sales } = await api(`/pos/sales?receipt=${racing.receipt_number}`, { token: bt.token })
    expect(sales.count).toBe(1)
    await expect.poll(async () => (await stockAt("bat-trang", variant.id)).stocked, { timeout: 15_000 }).toBe(before.stocked - 2)
  })

  it("sells the last piece to one of two tills selling it at the same moment; the other hears why", async () => {
    const { variant } = await sellable(bt, 1)
    const level = await stockAt("bat-trang", variant.id)
    await api(`/admin/inventory-items/${level.item}/location-levels/${level.location}`, { method: "POST", token: admin, body: { stocked_quantity: level.reserved + 1 } })
    const bt2 = await openTill("bat-trang", "BT2")
    const [a, b] = await Promise.all([
      sell(bt, saleBody(bt, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])),
      sell(bt2, saleBody(bt2, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])),
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const refused = a.status === 409 ? a : b
    expect(refused.body.code).toBe("out_of_stock")
    expect(refused.body.sentence).toMatch(/chỉ còn 0/)
    const after = await stockAt("bat-trang", variant.id)
    expect(after.stocked - after.reserved).toBe(0)
  })

  it("refuses another centre's goods, another centre's name, a changed price, a discount over the limit and tenders that do not add up, writing nothing", async () => {
    const vp = await openTill("van-phuc", "VP1")
    const mineIds = new Set((await catalogue(bt)).flatMap((p) => p.variants.map((v: any) => v.id)))
    const theirs = (await catalogue(vp)).flatMap((p) => p.variants).find((v: any) => !mineIds.has(v.id) && v.available > 0 && v.price)
    const mine = await sellable(bt, 1)
    const before = await stockAt("van-phuc", theirs.id)
    const { body: countBefore } = await api("/pos/sales?limit=1", { token: bt.token })
    const line = { variant_id: mine.variant.id, quantity: 1, unit_price: mine.variant.price }

    // Vạn Phúc's goods from the Bát Tràng till, and a sale that names Vạn Phúc.
    const foreign = await sell(bt, saleBody(bt, [{ variant_id: theirs.id, quantity: 1, unit_price: theirs.price }]))
    expect(foreign.status).toBe(400)
    expect(foreign.body.code).toBe("unknown_variant")
    expect((await sell(bt, { ...saleBody(bt, [line]), centre: "van-phuc" })).status).toBe(403)
    expect((await api("/pos/sales?centre=van-phuc", { token: bt.token })).status).toBe(403)
    expect((await api("/pos/sales", { token: bt.token, key: null })).status).toBe(200)
    expect((await sell(bt, saleBody(bt, [line]))).status).toBe(201)

    const changed = await sell(bt, saleBody(bt, [{ ...line, unit_price: line.unit_price - 1000 }]), "en")
    expect(changed.status).toBe(409)
    expect(changed.body.code).toBe("price_changed")
    const generous = await sell(bt, saleBody(bt, [{ ...line, discount: { kind: "percent", value: 25, reason: "Bạn bè" } }]))
    expect(generous.status).toBe(403)
    expect(generous.body.code).toBe("discount_limit")
    const short = await sell(bt, saleBody(bt, [line], { payments: [{ method: "cash", amount: 1000, tendered: 1000 }] }))
    expect(short.status).toBe(400)
    expect(short.body.code).toBe("payments_short")

    const { body: countAfter } = await api("/pos/sales?limit=1", { token: bt.token })
    expect(countAfter.count).toBe(countBefore.count + 1) // only the one good sale above
    expect(await stockAt("van-phuc", theirs.id)).toEqual(before)
  })
})
