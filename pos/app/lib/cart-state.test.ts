import { describe, expect, it } from "vitest"
import { cartReducer, cartUnits, EMPTY_CART } from "./cart-state"

const product = { id: "prod_1", handle: "vase", title_vi: "Bình gốm", title_en: "Vase", thumbnail: null, stars: 4, producer: null, variants: [] }
const variant = { id: "variant_1", title: "20 cm", sku: "BT-1", barcode: "8930000000017", price: 450_000, available: 3 }

describe("cartReducer", () => {
  it("adds a variant once and counts it up when scanned again", () => {
    let cart = cartReducer(EMPTY_CART, { type: "add", product, variant })
    cart = cartReducer(cart, { type: "add", product, variant })
    expect(cart.lines).toHaveLength(1)
    expect(cart.lines[0]).toMatchObject({ variant_id: "variant_1", quantity: 2, unit_price: 450_000, stars: 4 })
    expect(cartUnits(cart)).toBe(2)
  })
  it("removes a line set to zero", () => {
    const cart = cartReducer(cartReducer(EMPTY_CART, { type: "add", product, variant }), { type: "quantity", variant_id: "variant_1", quantity: 0 })
    expect(cart.lines).toEqual([])
  })
  it("sets and clears discounts, the customer and the note", () => {
    let cart = cartReducer(EMPTY_CART, { type: "add", product, variant })
    cart = cartReducer(cart, { type: "line_discount", variant_id: "variant_1", discount: { kind: "percent", value: 5, reason: "Khách quen" } })
    cart = cartReducer(cart, { type: "order_discount", discount: { kind: "amount", value: 2_000, reason: "Làm tròn" } })
    cart = cartReducer(cart, { type: "customer", customer: { id: "cus_1", first_name: "An", last_name: "Nguyễn", phone: null, email: null } })
    cart = cartReducer(cart, { type: "note", note: "Gói quà" })
    expect(cart.lines[0]!.discount?.value).toBe(5)
    expect(cart.order_discount?.value).toBe(2_000)
    cart = cartReducer(cart, { type: "line_discount", variant_id: "variant_1" })
    cart = cartReducer(cart, { type: "order_discount" })
    cart = cartReducer(cart, { type: "customer" })
    expect(cart.lines[0]).not.toHaveProperty("discount")
    expect(cart).not.toHaveProperty("order_discount")
    expect(cart).not.toHaveProperty("customer")
    expect(cartReducer(cart, { type: "clear" })).toEqual(EMPTY_CART)
  })
})
