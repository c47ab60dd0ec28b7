import { describe, expect, it } from "vitest"
import { AddToCart, CartAction, formObject } from "./cart-forms"

describe("formObject", () => {
  it("reads a posted form as strings, the last of a repeated field winning", () => {
    const form = new FormData()
    form.append("intent", "update")
    form.append("quantity", "2")
    form.append("quantity", "3")
    expect(formObject(form)).toEqual({ intent: "update", quantity: "3" })
  })
  it("feeds the cart schemas the way a browser posts them", () => {
    const form = new FormData()
    form.append("intent", "update")
    form.append("line_id", "cali_1")
    form.append("quantity", "04")
    expect(CartAction.parse(formObject(form))).toEqual({ intent: "update", line_id: "cali_1", quantity: 4 })
  })
})

describe("cart forms", () => {
  it("lets the cart page set a quantity from 0 (remove) to 99", () => {
    expect(CartAction.safeParse({ intent: "update", line_id: "cali_1", quantity: "0" }).success).toBe(true)
    expect(CartAction.safeParse({ intent: "update", line_id: "cali_1", quantity: "99" }).success).toBe(true)
    expect(CartAction.safeParse({ intent: "update", line_id: "cali_1", quantity: "100" }).success).toBe(false)
    expect(CartAction.safeParse({ intent: "update", line_id: "cali_1", quantity: "1.5" }).success).toBe(false)
  })
  it("adds at least one of a chosen option", () => {
    expect(AddToCart.safeParse({ variant_id: "variant_1", quantity: "1" }).success).toBe(true)
    expect(AddToCart.safeParse({ variant_id: "variant_1", quantity: "0" }).success).toBe(false)
    const none = AddToCart.safeParse({ variant_id: "", quantity: "1" })
    expect(none.error?.issues[0]?.message).toBe("variant_id") // the page says it in the shopper's words
  })
  it("trims a promotion code and refuses an empty one", () => {
    expect(CartAction.parse({ intent: "promotion", code: "  TET2026 " })).toEqual({ intent: "promotion", code: "TET2026" })
    expect(CartAction.safeParse({ intent: "promotion", code: "  " }).success).toBe(false)
  })
})
