import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api } from "./api"
import { openTill, saleBody, sell, sellable, settled, stockAt, type Till } from "./pos"

/** Returns at the counter, and the shift's drawer at closing. */
let t: Till

beforeAll(async () => {
  t = await openTill("van-phuc", "VPR")
})

const giveBack = (saleId: string, body: Record<string, unknown>) => api(`/pos/sales/${saleId}/returns`, { method: "POST", token: t.token, body })

describe("returns", () => {
  it("takes one of two units back into the centre's stock and refunds what it cost, once", async () => {
    const { variant } = await sellable(t, 2)
    const total = 2 * variant.price - Math.round((2 * variant.price * 10) / 100)
    const sold = await sell(
      t,
      saleBody(t, [{ variant_id: variant.id, quantity: 2, unit_price: variant.price, discount: { kind: "percent", value: 10, reason: "Khách quen" } }], {
        payments: [{ method: "cash", amount: total, tendered: total }],
      })
    )
    expect(sold.status, JSON.stringify(sold.body)).toBe(201)
    const sale = sold.body.sale
    await settled(sale.order_id)
    const before = await stockAt("van-phuc", variant.id)

    const body = { client_id: randomUUID(), shift_id: t.shift, lines: [{ line_item_id: sale.lines[0].line_item_ids[0], quantity: 1 }], refund: "cash" }
    const first = await giveBack(sale.id, body)
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    expect(first.body.return.amount).toBe(Math.round(sale.total / 2))
    expect(first.body.sale.lines[0].returned).toBe(1)
    expect((await stockAt("van-phuc", variant.id)).stocked).toBe(before.stocked + 1)
    const admin = await adminToken()
    const { body: o } = await api(`/admin/orders/${sale.order_id}?fields=payment_status,*returns`, { token: admin })
    expect(o.order.payment_status).toBe("partially_refunded")
    expect(o.order.returns).toHaveLength(1)

    const again = await giveBack(sale.id, body)
    expect(again.status).toBe(200)
    expect(again.body.return.id).toBe(first.body.return.id)
    expect((await stockAt("van-phuc", variant.id)).stocked).toBe(before.stocked + 1)

    const tooMany = await giveBack(sale.id, { ...body, client_id: randomUUID(), lines: [{ line_item_id: sale.lines[0].line_item_ids.at(-1), quantity: 2 }] })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.code).toBe("return_too_many")
  })

  it("refuses a cash refund without a shift, and another centre's sale is not found", async () => {
    const { variant } = await sellable(t, 1)
    const sale = (await sell(t, saleBody(t, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }]))).body.sale
    const noShift = await giveBack(sale.id, { client_id: randomUUID(), lines: [{ line_item_id: sale.lines[0].line_item_ids[0], quantity: 1 }], refund: "cash" })
    expect(noShift.body.code).toBe("no_shift_refund")
    const other = await openTill("bat-trang", "BTR")
    const foreign = await api(`/pos/sales/${sale.id}/returns`, {
      method: "POST",
      token: other.token,
      body: { client_id: randomUUID(), shift_id: other.shift, lines: [{ line_item_id: sale.lines[0].line_item_ids[0], quantity: 1 }], refund: "original" },
    })
    expect(foreign.status).toBe(404)
    expect((await api(`/pos/sales/${sale.id}`, { token: other.token })).status).toBe(404)
  })
})

describe("closing the shift", () => {
  it("expects the float plus cash kept minus cash refunded, and reports the difference to the count", async () => {
    const { body } = await api(`/pos/shifts/${t.shift}/report`, { token: t.token })
    const r = body.report
    expect(r.expected_cash).toBe(500_000 + r.by_method.cash - r.cash_refunds)
    expect(r.cash_refunds).toBeGreaterThan(0)
    const counted = { "500000": 1, "10000": 3 }
    const closed = await api(`/pos/shifts/${t.shift}/close`, { method: "POST", token: t.token, body: { counted } })
    expect(closed.status).toBe(200)
    expect(closed.body.shift).toMatchObject({ status: "closed", counted_total: 530_000, expected_cash: r.expected_cash, difference: 530_000 - r.expected_cash })
    const current = await api(`/pos/shifts/current?till_id=${t.till}`, { token: t.token })
    expect(current.body.shift).toBeNull()
  })
})
