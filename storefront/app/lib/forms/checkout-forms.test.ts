import { describe, expect, it } from "vitest"
import { CheckoutAction } from "./checkout-forms"

describe("checkout forms", () => {
  it("accepts a pick-up shopper with a name, phone and country only", () => {
    const r = CheckoutAction.safeParse({ intent: "details", email: "a@b.vn", first_name: "An", last_name: "Lê", phone: "+84 90 123 4567", country_code: "VN" })
    expect(r.success).toBe(true)
    expect(r.success && r.data.intent === "details" && r.data.country_code).toBe("vn")
  })
  it("names the field that is wrong", () => {
    const r = CheckoutAction.safeParse({ intent: "details", email: "not-an-email", first_name: "An", last_name: "Lê", phone: "12", country_code: "vn" })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.message).sort()).toEqual(["email", "phone"])
  })
  it("places an order only with a payment the shop can take without a card form", () => {
    expect(CheckoutAction.safeParse({ intent: "place", option_id: "so_1", provider_id: "pp_system_default" }).success).toBe(true)
    expect(CheckoutAction.safeParse({ intent: "place", option_id: "so_1", provider_id: "pp_free_money" }).success).toBe(false)
  })
})
