import { describe, expect, it } from "vitest"
import { AccountAction, Login, Register, ResetAction } from "./account-forms"

const messages = (r: { error?: { issues: { message: string }[] } }) => (r.error?.issues ?? []).map((i) => i.message).sort()

describe("account forms", () => {
  it("reads an e-mail the way it was registered, whatever the case and spaces typed", () => {
    expect(Login.parse({ email: "  An@Example.VN ", password: "x" }).email).toBe("an@example.vn")
    expect(Register.parse({ email: "An@Example.VN", password: "12345678", first_name: " An ", last_name: "Lê" })).toMatchObject({ email: "an@example.vn", first_name: "An" })
  })

  it("names each wrong registration field", () => {
    expect(messages(Register.safeParse({ email: "an", password: "1234567", first_name: " ", last_name: "" }))).toEqual(["email", "first_name", "last_name", "password"])
  })

  it("tells a reset request from a new password, and wants the password twice the same", () => {
    expect(ResetAction.parse({ intent: "request", email: "an@example.vn" }).intent).toBe("request")
    const reset = { intent: "reset", token: "0123456789abc", email: "an@example.vn", password: "mat-khau-moi", confirm: "mat-khau-moi" }
    expect(ResetAction.safeParse(reset).success).toBe(true)
    const mismatch = ResetAction.safeParse({ ...reset, confirm: "mat-khau-khac" })
    expect(mismatch.success).toBe(false)
    expect(JSON.stringify(mismatch.error)).toContain("confirm")
    expect(ResetAction.safeParse({ ...reset, token: "short" }).success).toBe(false)
  })

  it("keeps an address's country as a lower-case two-letter code, and deletes only addresses", () => {
    const address = { intent: "add-address", first_name: "An", last_name: "Lê", phone: "0901234567", address_1: "1 Tràng Tiền", city: "Hà Nội", country_code: "VN" }
    expect(AccountAction.parse(address)).toMatchObject({ country_code: "vn", postal_code: "" })
    expect(messages(AccountAction.safeParse({ ...address, country_code: "VNM", phone: "abc" }))).toEqual(["country_code", "phone"])
    expect(AccountAction.safeParse({ intent: "delete-address", address_id: "cuaddr_1" }).success).toBe(true)
    expect(AccountAction.safeParse({ intent: "delete-address", address_id: "cus_1" }).success).toBe(false)
  })
})
