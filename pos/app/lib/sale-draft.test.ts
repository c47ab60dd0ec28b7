import { describe, expect, it } from "vitest"
import { ME } from "../../test/mocks/pos-records"
import { cartReducer, EMPTY_CART } from "./cart-state"
import { buildSale } from "./sale-draft"

const product = { id: "prod_vase", handle: "vase", title_vi: "Bình gốm", title_en: "Vase", thumbnail: null, stars: 4, producer: null, variants: [] }
const variant = { id: "variant_vase_1", title: "20 cm", sku: null, barcode: null, price: 450_000, available: 3 }

describe("buildSale", () => {
  let cart = cartReducer(EMPTY_CART, { type: "add", product, variant, quantity: 2 })
  cart = cartReducer(cart, { type: "line_discount", variant_id: variant.id, discount: { kind: "percent", value: 10, reason: "Khách quen" } })
  cart = cartReducer(cart, { type: "order_discount", discount: { kind: "amount", value: 20_000, reason: "Làm tròn" } })
  cart = cartReducer(cart, { type: "note", note: "Gói quà" })
  const base = { clientId: "01JD5Z8K2QABCDEFGH12345678", cart, me: ME, tillId: "BT-1", shift: null, now: new Date("2026-12-02T03:00:00Z") }

  it("makes the contract's sale body and the printed receipt", () => {
    const { draft, receipt } = buildSale({ ...base, payments: [{ method: "cash", amount: 790_000, tendered: 800_000 }] })
    expect(draft).toEqual({
      client_id: "01JD5Z8K2QABCDEFGH12345678",
      till_id: "BT-1",
      shift_id: null,
      sold_at: "2026-12-02T03:00:00.000Z",
      lines: [{ variant_id: "variant_vase_1", quantity: 2, unit_price: 450_000, discount: { kind: "percent", value: 10, reason: "Khách quen" } }],
      order_discount: { kind: "amount", value: 20_000, reason: "Làm tròn" },
      note: "Gói quà",
      payments: [{ method: "cash", amount: 790_000, tendered: 800_000 }],
    })
    expect(receipt).toMatchObject({ subtotal: 900_000, discount_total: 110_000, total: 790_000, change: 10_000, receipt_url: null })
    expect(receipt.lines[0]).toMatchObject({ title_vi: "Bình gốm · 20 cm", stars: 4, total: 790_000 })
  })

  it("marks a sale taken offline, and only that one", () => {
    const payments = [{ method: "cash" as const, amount: 790_000, tendered: 800_000 }]
    expect(buildSale({ ...base, payments, offline: true }).draft.offline).toBe(true)
    expect(buildSale({ ...base, payments, offline: false }).draft).not.toHaveProperty("offline")
  })

  it("refuses payments that do not add up, and an empty cart", () => {
    expect(() => buildSale({ ...base, payments: [{ method: "cash", amount: 700_000, tendered: 700_000 }] })).toThrow()
    expect(() => buildSale({ ...base, cart: EMPTY_CART, payments: [] })).toThrow()
  })
})
