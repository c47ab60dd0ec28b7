import { describe, expect, it } from "vitest"
import { ean13CheckDigit, isValidEan13, isValidGtin, toEan13 } from "./ean13"

describe("EAN-13", () => {
  it("computes the check digit of known codes", () => {
    // 4006381333931 is GS1's worked example; 8934588063053 is a Vietnamese retail code.
    expect(ean13CheckDigit("400638133393")).toBe(1)
    expect(ean13CheckDigit("893458806305")).toBe(3)
    expect(ean13CheckDigit("893000000000")).toBe(2) // 8·1 + 9·3 + 3·1 = 38
  })

  it("accepts valid codes and rejects a wrong check digit, length or letters", () => {
    expect(isValidEan13("4006381333931")).toBe(true)
    expect(isValidEan13("4006381333932")).toBe(false)
    expect(isValidEan13("400638133393")).toBe(false)
    expect(isValidEan13("40063813339a1")).toBe(false)
  })

  it("round-trips through toEan13", () => {
    const code = toEan13("893123456789")
    expect(code).toHaveLength(13)
    expect(isValidEan13(code)).toBe(true)
  })

  it("refuses a body that is not 12 digits", () => {
    expect(() => ean13CheckDigit("12345")).toThrow(/12 digits/)
  })
})

describe("GTIN (the barcodes producers print)", () => {
  it("checks EAN-8, UPC-A, EAN-13 and GTIN-14 by their last digit", () => {
    expect(isValidGtin("96385074")).toBe(true) // GS1's EAN-8 example
    expect(isValidGtin("036000291452")).toBe(true) // a UPC-A
    expect(isValidGtin("4006381333931")).toBe(true)
    expect(isValidGtin("10012345678902")).toBe(true) // a GTIN-14
    expect(isValidGtin("4006381333932")).toBe(false)
    expect(isValidGtin("96385075")).toBe(false)
    expect(isValidGtin("1234567890")).toBe(false) // 10 digits is no GTIN
  })
})
