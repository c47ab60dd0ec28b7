import { describe, expect, it } from "vitest"
import { Register, ResetAction } from "./account-forms"
import { AddToCart } from "./cart-forms"
import { CheckoutAction } from "./checkout-forms"
import { checkForm, firstNamed } from "./use-form-check"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const details = { intent: "details", email: "an@example.vn", first_name: "An", last_name: "Lê", phone: "0901234567", country_code: "vn", address_1: "", city: "", postal_code: "" }

describe("checkForm", () => {
  it("passes a form the action would take", () => {
    expect(checkForm(CheckoutAction, form(details))).toEqual({ fields: [], controls: [] })
    expect(checkForm(Register, form({ first_name: " An ", last_name: "Lê", email: "An@Example.VN", password: "12345678" }))).toEqual({ fields: [], controls: [] })
  })

  it("names the fields the way the action answers them, and the controls the focus can go to", () => {
    const check = checkForm(CheckoutAction, form({ ...details, email: "an@example", first_name: "  ", phone: "12" }))
    expect(check.fields).toEqual(["email", "first_name", "phone"])
    expect(check.controls).toEqual(["email", "first_name", "phone"])
  })

  it("reads the form as the action reads the post: the last of a repeated field winning", () => {
    const data = form({ ...details, phone: "12" })
    data.append("phone", "0901234567")
    expect(checkForm(CheckoutAction, data).fields).toEqual([])
  })

  it("names a repeated password the way the action does, once", () => {
    const reset = { intent: "reset", token: "0123456789abc", email: "an@example.vn", password: "mat-khau-moi", confirm: "mat-khau-khac" }
    expect(checkForm(ResetAction, form(reset))).toEqual({ fields: ["confirm"], controls: ["confirm"] })
  })

  it("names the field, with the control it is about", () => {
    expect(checkForm(AddToCart, form({ variant_id: "", quantity: "1" }))).toEqual({ fields: ["variant_id"], controls: ["variant_id"] })
    expect(checkForm(AddToCart, form({ variant_id: "variant_1", quantity: "0" }))).toEqual({ fields: ["quantity"], controls: ["quantity"] })
  })
})

describe("firstNamed", () => {
  const controls = [
    { name: "intent", type: "hidden" },
    { name: "email", type: "email" },
    { name: "first_name", type: "text", disabled: true },
    { name: "phone", type: "tel" },
    { name: "", type: "submit" },
  ]
  it("finds the first control named, in the form's order, not the order of the names", () => {
    expect(firstNamed(controls, ["phone", "email"])?.name).toBe("email")
  })
  it("skips what a shopper cannot reach: hidden and disabled controls", () => {
    expect(firstNamed(controls, ["intent", "first_name", "phone"])?.name).toBe("phone")
    expect(firstNamed(controls, ["intent"])).toBeUndefined()
  })
})
