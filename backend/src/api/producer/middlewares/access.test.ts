import { describe, expect, it } from "vitest"
import { AdminInviteProducerLogin } from "./access"

describe("inviting a producer login", () => {
  it("keeps the address in lower case, and refuses one longer than mail can carry (RFC 5321: 254)", () => {
    expect(AdminInviteProducerLogin.parse({ email: " Potter@Example.com " }).email).toBe("potter@example.com")
    expect(AdminInviteProducerLogin.safeParse({ email: `${"x".repeat(242)}@example.com` }).success).toBe(true)
    expect(AdminInviteProducerLogin.safeParse({ email: `${"x".repeat(243)}@example.com` }).success).toBe(false)
  })
})
