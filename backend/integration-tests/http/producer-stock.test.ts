import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, login } from "./api"
import { clerkOf, stockAt } from "./pos"

/** Stock and deliveries in the producer area (docs/producer-api.md, "Stock and deliveries"). */
const A = "producer.htx-gom-su-bat-trang@ocop.test"
const B = "producer.htx-lua-van-phuc@ocop.test"
let a: string, b: string, admin: string, clerk: string, otherClerk: string
let aStock: any[], bStock: any[]

const variantsOf = (stock: any[]) => new Set(stock.flatMap((c) => c.variants.map((v: any) => v.variant_id as string)))
const propose = (token: string, body: unknown) => api("/producer/deliveries", { method: "POST", token, body })

beforeAll(async () => {
  ;[a, b, admin, clerk, otherClerk] = await Promise.all([login("producer", A), login("producer", B), adminToken(), login("user", clerkOf("bat-trang")), login("user", clerkOf("van-phuc"))])
  aStock = (await api("/producer/stock", { token: a })).body.centres
  bStock = (await api("/producer/stock", { token: b })).body.centres
})

/** A variant of producer A that the bat-trang centre holds. */
function aVariantAt(handle: string) {
  const centre = aStock.find((c) => c.centre.handle === handle)
  if (!centre) throw new Error(`producer A has no stock at ${handle}`)
  return centre.variants[0]
}

describe("who may call", () => {
  it("refuses anonymous callers and other actors' tokens (401)", async () => {
    expect((await api("/producer/stock")).status).toBe(401)
    expect((await api("/producer/deliveries")).status).toBe(401)
    expect((await api("/producer/stock", { token: clerk })).status).toBe(401)
    expect((await api("/admin/ocop/deliveries", { token: a })).status).toBe(401)
    expect((await api("/pos/deliveries", { token: a })).status).toBe(401)
    expect((await api("/admin/ocop/deliveries")).status).toBe(401)
    expect((await api("/pos/deliveries/pdel_x/receive", { method: "POST", token: a, body: {} })).status).toBe(401)
    // A clerk receives at the till, for their own centre; the admin is not theirs.
    expect((await api("/admin/ocop/deliveries/pdel_x/receive", { method: "POST", token: clerk, body: {} })).status).toBe(403)
  })
})

describe("GET /producer/stock", () => {
  it("lists each producer's own variants per centre, with stocked, reserved and available", async () => {
    expect(aStock.length).toBeGreaterThan(0)
    const v = aVariantAt("bat-trang")
    expect(v).toMatchObject({ variant_id: expect.any(String), product_id: expect.any(String), title_vi: expect.any(String) })
    expect(v.available).toBe(v.stocked - v.reserved)
    const real = await stockAt("bat-trang", v.variant_id)
    expect(v.stocked).toBe(real.stocked)
    // Neither producer sees a variant of the other.
    const mine = variantsOf(aStock)
    expect([...variantsOf(bStock)].some((id) => mine.has(id))).toBe(false)
  })
})

describe("proposing and cancelling", () => {
  it("proposes a delivery of the producer's own goods, refuses another producer's variant or an unknown centre", async () => {
    const v = aVariantAt("bat-trang")
    const made = await propose(a, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 3 }], note: "Giao sáng thứ Hai" })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.delivery).toMatchObject({
      status: "proposed",
      centre: { handle: "bat-trang" },
      lines: [{ variant_id: v.variant_id, quantity: 3, received_quantity: null }],
      note: "Giao sáng thứ Hai",
      received_at: null,
    })
    const other = await propose(b, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 1 }] })
    expect(other.status).toBe(404)
    expect(other.body.code).toBe("variant_not_found")
    expect((await propose(a, { centre: "nowhere", lines: [{ variant_id: v.variant_id, quantity: 1 }] })).status).toBe(404)
    expect((await propose(a, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 0 }] })).status).toBe(400)
    // Producers never say who received, or when.
    expect((await propose(a, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 1 }], status: "received" })).status).toBe(400)
  })

  it("keeps each producer's deliveries to themselves (404 for the other's)", async () => {
    const v = aVariantAt("bat-trang")
    const { body } = await propose(a, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 2 }] })
    const id = body.delivery.id
    expect((await api("/producer/deliveries", { token: a })).body.deliveries.map((d: any) => d.id)).toContain(id)
    expect((await api("/producer/deliveries", { token: b })).body.deliveries.map((d: any) => d.id)).not.toContain(id)
    expect((await api(`/producer/deliveries/${id}/cancel`, { method: "POST", token: b })).status).toBe(404)
    const cancelled = await api(`/producer/deliveries/${id}/cancel?locale=en`, { method: "POST", token: a })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.delivery.status).toBe("cancelled")
    const again = await api(`/producer/deliveries/${id}/cancel?locale=en`, { method: "POST", token: a })
    expect(again.status).toBe(409)
    expect(again.body).toMatchObject({ code: "delivery_not_proposed", message: expect.stringMatching(/cancelled/) })
    expect((await api(`/admin/ocop/deliveries/${id}/receive`, { method: "POST", token: admin, body: {} })).status).toBe(409)
  })
})

describe("receiving at the counter", () => {
  it("raises the stocked quantity once by what the clerk counted; another centre's clerk gets 404", async () => {
    const v = aVariantAt("bat-trang")
    const { body } = await propose(a, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 5 }] })
    const id = body.delivery.id
    const listed = (await api("/pos/deliveries", { token: clerk })).body.deliveries
    expect(listed.find((d: any) => d.id === id)).toMatchObject({ status: "proposed", producer: { legal_name: expect.any(String) } })
    expect((await api("/pos/deliveries", { token: otherClerk })).body.deliveries.map((d: any) => d.id)).not.toContain(id)
    expect((await api(`/pos/deliveries/${id}/receive`, { method: "POST", token: otherClerk, body: {} })).status).toBe(404)

    const before = await stockAt("bat-trang", v.variant_id)
    const lines = [{ variant_id: v.variant_id, received_quantity: 4 }]
    // Two clerks pressing at once: one receipt, one refusal.
    const [one, two] = await Promise.all([
      api(`/pos/deliveries/${id}/receive`, { method: "POST", token: clerk, body: { lines } }),
      api(`/pos/deliveries/${id}/receive`, { method: "POST", token: clerk, body: { lines } }),
    ])
    expect([one.status, two.status].sort()).toEqual([200, 409])
    const ok = one.status === 200 ? one : two
    expect(ok.body.delivery).toMatchObject({ status: "received", lines: [{ quantity: 5, received_quantity: 4 }], received_at: expect.any(String) })
    expect((await stockAt("bat-trang", v.variant_id)).stocked).toBe(before.stocked + 4)
    const third = await api(`/pos/deliveries/${id}/receive`, { method: "POST", token: clerk, body: {} })
    expect(third.status).toBe(409)
    expect(third.body.code).toBe("delivery_not_proposed")
    expect((await stockAt("bat-trang", v.variant_id)).stocked).toBe(before.stocked + 4)
    const seen = (await api("/producer/deliveries?status=received", { token: a })).body.deliveries
    expect(seen.find((d: any) => d.id === id)?.lines[0].received_quantity).toBe(4)
  })

  it("refuses a counted line that is not on the delivery", async () => {
    const v = aVariantAt("bat-trang")
    const { body } = await propose(a, { centre: "bat-trang", lines: [{ variant_id: v.variant_id, quantity: 1 }] })
    const bad = await api(`/pos/deliveries/${body.delivery.id}/receive`, { method: "POST", token: clerk, body: { lines: [{ variant_id: "variant_nope", received_quantity: 1 }] } })
    expect(bad.status).toBe(400)
    expect(bad.body.code).toBe("line_not_in_delivery")
    expect((await api(`/producer/deliveries/${body.delivery.id}/cancel`, { method: "POST", token: a })).status).toBe(200)
  })
})

describe("receiving in the admin", () => {
  it("stocks a centre that never held the item and puts the product on sale at its counter", async () => {
    // A centre with no level yet for one of A's variants (else any centre A already supplies).
    const held = new Map(aStock.map((c) => [c.centre.handle as string, variantsOf([c])]))
    const all = [...variantsOf(aStock)]
    const handles = ["van-phuc", "ba-vi", "duong-lam", "thanh-oai", "hoa-lam", "chuyen-my"]
    const target = handles.map((h) => ({ h, v: all.find((id) => !held.get(h)?.has(id)) })).find((x) => x.v) ?? { h: "bat-trang", v: all[0] }
    const { body } = await propose(a, { centre: target.h, lines: [{ variant_id: target.v!, quantity: 6 }] })
    const id = body.delivery.id
    const listed = (await api(`/admin/ocop/deliveries?status=proposed&centre=${target.h}`, { token: admin })).body.deliveries
    expect(listed.map((d: any) => d.id)).toContain(id)
    expect((await api(`/admin/ocop/deliveries?status=received&centre=${target.h}`, { token: admin })).body.deliveries.map((d: any) => d.id)).not.toContain(id)

    const before = await stockAt(target.h, target.v!)
    if (target.h !== "bat-trang") expect(before.stocked).toBe(0)
    const received = await api(`/admin/ocop/deliveries/${id}/receive`, { method: "POST", token: admin, body: {} })
    expect(received.status, JSON.stringify(received.body)).toBe(200)
    expect(received.body.delivery.lines[0].received_quantity).toBe(6)
    expect((await stockAt(target.h, target.v!)).stocked).toBe(before.stocked + 6)
    expect((await api(`/admin/ocop/deliveries/${id}/receive`, { method: "POST", token: admin, body: {} })).status).toBe(409)
    expect((await stockAt(target.h, target.v!)).stocked).toBe(before.stocked + 6)

    const counter = await login("user", clerkOf(target.h))
    const products = (await api("/pos/catalogue", { token: counter })).body.products
    expect(products.map((p: any) => p.id)).toContain(received.body.delivery.lines[0].product_id)
    const stock = (await api("/producer/stock", { token: a })).body.centres
    const there = stock.find((c: any) => c.centre.handle === target.h)
    expect(there.variants.find((x: any) => x.variant_id === target.v).stocked).toBe(before.stocked + 6)
  })
})
