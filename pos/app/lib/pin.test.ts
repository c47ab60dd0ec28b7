import { describe, expect, it } from "vitest"
import { hashPin, isValidPin, verifyPin } from "./pin"

describe("PIN", () => {
  it("accepts 4 to 6 digits only", () => {
    expect(["1234", "123456"].every(isValidPin)).toBe(true)
    expect(["123", "1234567", "12a4", "12 34", ""].some(isValidPin)).toBe(false)
  })

  it("keeps a salted PBKDF2 hash, never the PIN, and checks against it", async () => {
    const stored = await hashPin("2468", 1_000)
    expect(stored.algorithm).toBe("PBKDF2-SHA-256")
    expect(JSON.stringify(stored)).not.toContain("2468")
    expect(await verifyPin("2468", stored)).toBe(true)
    expect(await verifyPin("2469", stored)).toBe(false)
    expect(await verifyPin("24680", stored)).toBe(false)
    expect(await verifyPin("abc", stored)).toBe(false)
  })

  it("salts each hash differently", async () => {
    const a = await hashPin("2468", 1_000)
    const b = await hashPin("2468", 1_000)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it("refuses to hash a PIN that is not 4-6 digits", async () => {
    await expect(hashPin("12")).rejects.toThrow()
  })
})
