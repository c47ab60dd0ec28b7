import { describe, expect, it } from "vitest"
import { CardPayment, formValues, invalidFields, NewCustomer, SignIn } from "./till-forms"

describe("till forms", () => {
  it("checks the sign-in", () => {
    expect(SignIn.safeParse({ email: " clerk.bat-trang@ocop.test ", password: "x" }).data?.email).toBe("clerk.bat-trang@ocop.test")
    const bad = SignIn.safeParse({ email: "clerk", password: "" })
    expect(bad.success).toBe(false)
    expect(invalidFields(bad.error!)).toEqual(["email", "password"])
  })
  it("takes a customer with a Vietnamese phone, an e-mail, or neither", () => {
    expect(NewCustomer.safeParse({ first_name: "An", last_name: "Trần", phone: "0912345678" }).success).toBe(true)
    expect(NewCustomer.safeParse({ first_name: "An", last_name: "", phone: "+84912345678", email: "an@example.com" }).success).toBe(true)
    expect(invalidFields(NewCustomer.safeParse({ first_name: " ", last_name: "", phone: "12" }).error!)).toEqual(["first_name", "phone"])
  })
  it("wants a card's last four digits and an approval code", () => {
    expect(CardPayment.safeParse({ last4: "4242", approval_code: "A1B2C3" }).success).toBe(true)
    expect(invalidFields(CardPayment.safeParse({ last4: "42a2", approval_code: "!" }).error!)).toEqual(["last4", "approval_code"])
  })
  it("leaves blank inputs out", () => {
    const data = new FormData()
    data.set("first_name", "An")
    data.set("phone", "  ")
    expect(formValues(data)).toEqual({ first_name: "An" })
  })
})
