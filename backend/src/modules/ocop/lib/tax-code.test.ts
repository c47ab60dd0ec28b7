import { describe, expect, it } from "vitest"
import { isValidTaxCode, normalizeTaxCode } from "./tax-code"

describe("tax code", () => {
  it("accepts 10 digits and 10-3 digits", () => {
    expect(isValidTaxCode("0101234567")).toBe(true)
    expect(isValidTaxCode("0101234567-001")).toBe(true)
  })

  it("rejects other shapes", () => {
    for (const bad of ["010123456", "01012345678", "0101234567-01", "0101234567001", "01O1234567", ""]) {
      expect(isValidTaxCode(bad), bad).toBe(false)
    }
  })

  it("normalizes spaces and dots", () => {
    expect(normalizeTaxCode("0101 234 567")).toBe("0101234567")
    expect(normalizeTaxCode("0101.234.567-001")).toBe("0101234567-001")
  })
})
