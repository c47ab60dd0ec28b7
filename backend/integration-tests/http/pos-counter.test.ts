import { beforeAll, describe, expect, inject, it } from "vitest"
import { api, login, publishableKey, adminToken } from "./api"
import { openTill, saleBody, sell, sellable, type Till } from "./pos"

/** The rest of the counter: customers, the day report, the e-receipt, and a supervisor's limit. */
let t: Till
let key: string

beforeAll(async () => {
  t = await openTill("duong-lam", "DL1")
  key = await publishableKey(await adminToken())
})

describe("customers at the counter", () => {
  it("finds a customer by phone, creates one, and refuses to browse on a short query", async () => {
    const phone = `09${String(Date.now()).slice(-8)}`
    const made = await api("/pos/customers", { method: "POST", token: t.token, body: { first_name: "Hoa", last_name: "Lê", phone } })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    const found = await api(`/pos/customers?q=${phone.slice(-6)}`, { token: t.token })
    expect(found.body.customers.map((c: any) => c.id)).toContain(made.body.customer.id)
    expect((await api("/pos/customers?q=09", { token: t.token })).status).toBe(400)
    expect((await api("/pos/customers", { method: "POST", token: t.token, body: { first_name: "A", last_name: "B" } })).status).toBe(400)
  })
})

describe("end of day and the e-receipt", () => {
  it("reports today's sales by product, producer and method, also as CSV; the receipt opens only with its token", async () => {
    const { product, variant } = await sellable(t, 1)
    const body = saleBody(t, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }], {
      payments: [{ method: "card", amount: variant.price, last4: "4242", approval_code: "A1B2C3" }],
    })
    const { body: sold } = await sell(t, body)
    const { body: day } = await api("/pos/reports/day", { token: t.token })
    expect(day.by_method.card).toBeGreaterThanOrEqual(variant.price)
    expect(day.by_product.find((p: any) => p.product_id === product.id).quantity).toBeGreaterThanOrEqual(1)
    expect(day.by_producer.length).toBeGreaterThan(0)
    const csv = await fetch(`${inject("baseUrl")}/pos/reports/day?format=csv`, { headers: { authorization: `Bearer ${t.token}` } })
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/)
    expect(await csv.text()).toContain(`${product.id}`)
    expect((await api("/pos/reports/day?date=tomorrow", { token: t.token })).status).toBe(400)

    const url = new URL(sold.sale.receipt_url)
    const receipt = await api(`/store/ocop/receipts/${body.receipt_number}?t=${url.searchParams.get("t")}`, { key })
    expect(receipt.status).toBe(200)
    expect(receipt.body.receipt).toMatchObject({ receipt_number: body.receipt_number, total: variant.price, centre: { handle: "duong-lam" } })
    expect(receipt.body.receipt.order_id).toBeUndefined()
    expect((await api(`/store/ocop/receipts/${body.receipt_number}?t=wrong-token-wrong-token`, { key })).status).toBe(404)
    expect((await api(`/store/ocop/receipts/${body.receipt_number}`, { key })).status).toBe(404)
  })
})

describe("a supervisor", () => {
  it("may give the discount a clerk may not", async () => {
    const clerk = await openTill("bat-trang", "BTS")
    const { variant } = await sellable(clerk, 1)
    const line = { variant_id: variant.id, quantity: 1, unit_price: variant.price, discount: { kind: "percent", value: 25, reason: "Hàng trưng bày" } }
    const total = variant.price - Math.round(variant.price * 0.25)
    const extra = { payments: [{ method: "cash", amount: total, tendered: total }] }
    expect((await sell(clerk, saleBody(clerk, [line], extra))).status).toBe(403)
    const token = await login("user", "supervisor.bat-trang@ocop.test")
    expect((await api("/pos/me", { token })).body.limits.line_discount_percent).toBe(30)
    const supervisor = { ...clerk, token }
    const ok = await sell(supervisor, saleBody(supervisor, [line], extra))
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body.sale.lines[0].discount_reason).toBe("Hàng trưng bày")
  })
})
