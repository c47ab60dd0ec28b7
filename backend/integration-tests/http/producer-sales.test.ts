import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { adminToken, api, login, publishableKey } from "./api"
import { completeCart, regionId, startPayment } from "./checkout"
import { openTill, saleBody, sell, settled, type Till } from "./pos"

/** A producer's sales, statements and new-order notices, over real HTTP (docs/producer-api.md). */
const A = { email: "producer.htx-gom-su-bat-trang@ocop.test", handle: "htx-gom-su-bat-trang" }
const B = { email: "producer.htx-lua-van-phuc@ocop.test" }
const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

let admin: string
let key: string
let tokenA: string
let tokenB: string
let till: Till
let goods: { product_id: string; variant_id: string; price: number }
let before: any
let counter: { sale_id: string; order_id: string; total: number; line_item_id: string }
let web: { order_id: string; total: number }

/** Notices of a template to an address, waiting for subscribers (events are asynchronous). */
async function mailTo(to: string, template: string, match: (n: any) => boolean, tries = 50) {
  for (let i = 0; i < tries; i++) {
    const { body } = await api(`/admin/notifications?to=${encodeURIComponent(to)}&limit=100`, { token: admin })
    const found = (body.notifications ?? []).filter((n: any) => n.template === template && match(n))
    if (found.length) return found
    await new Promise((r) => setTimeout(r, 200))
  }
  return []
}

/** An online order of one variant, picked up at the Bát Tràng centre (so handed over by it). */
async function buyOnline(variantId: string, quantity: number) {
  const region = await regionId(key, "Việt Nam")
  const { body: created } = await api("/store/carts", { method: "POST", key, body: { region_id: region, email: "shopper@example.com" } })
  const cartId = created.cart.id
  expect((await api(`/store/carts/${cartId}/line-items`, { method: "POST", key, body: { variant_id: variantId, quantity } })).status).toBe(200)
  const address = { first_name: "Anna", last_name: "Berg", address_1: "12 Hàng Gai", city: "Hà Nội", country_code: "vn", postal_code: "100000", phone: "+84901234567" }
  expect((await api(`/store/carts/${cartId}`, { method: "POST", key, body: { shipping_address: address } })).status).toBe(200)
  const { body: options } = await api(`/store/shipping-options?cart_id=${cartId}`, { key })
  const pickup = options.shipping_options.find((o: any) => String(o.name).startsWith("Nhận tại") && String(o.name).includes("gốm di sản quốc gia"))
  expect(pickup, JSON.stringify(options.shipping_options.map((o: any) => o.name))).toBeTruthy()
  expect((await api(`/store/carts/${cartId}/shipping-methods`, { method: "POST", key, body: { option_id: pickup.id } })).status).toBe(200)
  await startPayment(key, cartId, "pp_system_default")
  const done = await completeCart(key, cartId)
  expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  return done.body.order as { id: string; items: { product_id: string; total: number }[] }
}

const sales = (token: string, q = "") => api(`/producer/sales${q}`, { token })
const productRow = (s: any, id: string) => s.by_product.find((p: any) => p.product_id === id) ?? { units: 0, revenue: 0 }
const centreRow = (s: any, channel: string) => s.by_centre.find((c: any) => c.centre.handle === "bat-trang" && c.channel === channel) ?? { units: 0, revenue: 0 }

beforeAll(async () => {
  admin = await adminToken()
  key = await publishableKey(admin)
  tokenA = await login("producer", A.email)
  tokenB = await login("producer", B.email)
  till = await openTill("bat-trang")
  const products = (await api("/pos/catalogue", { token: till.token })).body.products as any[]
  const found = products
    .filter((p) => p.producer?.handle === A.handle)
    .flatMap((p) => p.variants.map((v: any) => ({ product_id: p.id, variant_id: v.id, price: v.price, available: v.available })))
    .find((v) => v.price && v.available >= 4)
  if (!found) throw new Error(`No variant of ${A.handle} with stock at bat-trang`)
  goods = found
  before = (await sales(tokenA)).body

  const sold = await sell(till, saleBody(till, [{ variant_id: goods.variant_id, quantity: 2, unit_price: goods.price }]))
  expect(sold.status, JSON.stringify(sold.body)).toBe(201)
  counter = { sale_id: sold.body.sale.id, order_id: sold.body.sale.order_id, total: 2 * goods.price, line_item_id: sold.body.sale.lines[0].line_item_ids[0] }
  await settled(counter.order_id)
  // What the shopper paid for the line, as the store's answer gives it.
  const order = await buyOnline(goods.variant_id, 1)
  web = { order_id: order.id, total: order.items.filter((i) => i.product_id === goods.product_id).reduce((n, i) => n + Number(i.total), 0) }
  expect(web.total).toBeGreaterThan(0)
})

describe("producer sales", () => {
  it("refuses anonymous callers and other actors", async () => {
    expect((await api("/producer/sales")).status).toBe(401)
    expect((await api(`/producer/statements/${month}`)).status).toBe(401)
    expect((await api("/producer/sales", { token: admin })).status).toBe(401)
  })

  it("shows A's counter and web sales by product, by centre and channel, and by Hanoi day", async () => {
    const { status, body } = await sales(tokenA)
    expect(status).toBe(200)
    expect(body.series).toHaveLength(30)
    expect(body.to).toBe(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10))
    expect(body.totals.revenue - before.totals.revenue).toBe(counter.total + web.total)
    expect(body.totals.units - before.totals.units).toBe(3)
    expect(body.totals.orders - before.totals.orders).toBe(2)
    expect(productRow(body, goods.product_id).revenue - productRow(before, goods.product_id).revenue).toBe(counter.total + web.total)
    expect(centreRow(body, "counter").revenue - centreRow(before, "counter").revenue).toBe(counter.total)
    expect(centreRow(body, "web").revenue - centreRow(before, "web").revenue).toBe(web.total)
    expect(centreRow(body, "web").centre.name_vi).toContain("gốm di sản quốc gia")
    const today = body.series.at(-1)
    expect(today.revenue - before.series.at(-1).revenue).toBe(counter.total + web.total)
  })

  it("shows B none of A's goods", async () => {
    const { status, body } = await sales(tokenB)
    expect(status).toBe(200)
    expect(body.by_product.some((p: any) => p.product_id === goods.product_id)).toBe(false)
  })

  it("answers a bad date or month with 400 and a sentence", async () => {
    const bad = await sales(tokenA, "?from=2026-02-31")
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/from/)
    expect((await sales(tokenA, "?from=2026-12-05&to=2026-12-01")).status).toBe(400)
    const month13 = await api("/producer/statements/2026-13", { token: tokenA })
    expect(month13.status).toBe(400)
    expect(month13.body.message).toContain("YYYY-MM")
    expect((await api(`/producer/statements/${month}?format=xls`, { token: tokenA })).status).toBe(400)
  })
})

describe("producer statements", () => {
  it("sums the month per centre and takes the centre's commission", async () => {
    const centres = (await api("/admin/ocop/centres", { token: admin })).body.centres
    const batTrang = centres.find((c: any) => c.handle === "bat-trang")
    const set = await api(`/admin/ocop/centres/${batTrang.id}`, { method: "POST", token: admin, body: { commission_percent: 12 } })
    expect(set.status, JSON.stringify(set.body)).toBe(200)
    expect(set.body.centre.commission_percent).toBe(12)
    expect((await api(`/admin/ocop/centres/${batTrang.id}`, { method: "POST", token: admin, body: { commission_percent: 101 } })).status).toBe(400)

    const { status, body } = await api(`/producer/statements/${month}`, { token: tokenA })
    expect(status).toBe(200)
    const s = body.statement
    expect(s).toMatchObject({ month, producer: { handle: A.handle } })
    const row = s.centres.find((c: any) => c.centre.handle === "bat-trang")
    expect(row.commission_percent).toBe(12)
    expect(row.sales).toBeGreaterThanOrEqual(counter.total + web.total)
    expect(row.sales).toBe(row.web + row.counter)
    expect(row.commission).toBe(Math.round((row.sales * 12) / 100))
    expect(row.owed).toBe(row.sales - row.commission)
    const sum = (f: string) => s.centres.reduce((n: number, c: any) => n + c[f], 0)
    expect(s.totals).toMatchObject({ sales: sum("sales"), commission: sum("commission"), owed: sum("owed") })
    // Other centres left unset take the server's default.
    for (const c of s.centres.filter((c: any) => c.centre.handle !== "bat-trang")) expect(c.commission_percent).toBe(Number(process.env.OCOP_COMMISSION_PERCENT ?? 15))
  })

  it("gives the same statement as CSV and as a PDF", async () => {
    const base = inject("baseUrl")
    const csv = await fetch(`${base}/producer/statements/${month}?format=csv`, { headers: { authorization: `Bearer ${tokenA}` } })
    expect(csv.status).toBe(200)
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/)
    const text = await csv.text()
    expect(text).toMatch(/^\uFEFF?OCOP statement/)
    expect(text).toMatch(/\n[^\n]*,bat-trang,\d+,\d+,\d+,\d+,12,\d+,\d+\n/)
    const pdf = await fetch(`${base}/producer/statements/${month}?format=pdf`, { headers: { authorization: `Bearer ${tokenA}` } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get("content-type")).toBe("application/pdf")
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-")
  })
})

describe("producer notifications", () => {
  it("tells A's login of each new order with their goods, once", async () => {
    const [webMail] = await mailTo(A.email, "producer-new-order", (n) => n.resource_id === web.order_id)
    expect(webMail, "web order notice").toBeTruthy()
    expect(webMail.data.text).toContain("gốm di sản quốc gia")
    const [counterMail] = await mailTo(A.email, "producer-new-order", (n) => n.resource_id === counter.sale_id)
    expect(counterMail, "counter sale notice").toBeTruthy()
    await new Promise((r) => setTimeout(r, 1000))
    expect(await mailTo(A.email, "producer-new-order", (n) => n.resource_id === web.order_id)).toHaveLength(1)
    expect(await mailTo(A.email, "producer-new-order", (n) => n.resource_id === counter.sale_id)).toHaveLength(1)
    expect(await mailTo(B.email, "producer-new-order", (n) => n.resource_id === web.order_id, 3)).toHaveLength(0)
  })
})

describe("returns", () => {
  it("takes a unit given back at the counter out of the sales and the statement", async () => {
    const salesBefore = (await sales(tokenA)).body
    const statementBefore = (await api(`/producer/statements/${month}`, { token: tokenA })).body.statement
    const back = await api(`/pos/sales/${counter.sale_id}/returns`, {
      method: "POST",
      token: till.token,
      body: { client_id: randomUUID(), shift_id: till.shift, lines: [{ line_item_id: counter.line_item_id, quantity: 1 }], refund: "cash" },
    })
    expect(back.status, JSON.stringify(back.body)).toBe(201)
    const after = (await sales(tokenA)).body
    expect(salesBefore.totals.revenue - after.totals.revenue).toBe(counter.total / 2)
    expect(salesBefore.totals.units - after.totals.units).toBe(1)
    expect(centreRow(salesBefore, "counter").revenue - centreRow(after, "counter").revenue).toBe(counter.total / 2)
    const row = (s: any) => s.centres.find((c: any) => c.centre.handle === "bat-trang")
    const statementAfter = (await api(`/producer/statements/${month}`, { token: tokenA })).body.statement
    expect(row(statementBefore).counter - row(statementAfter).counter).toBe(counter.total / 2)
  })
})
