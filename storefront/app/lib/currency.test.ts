import { describe, expect, it } from "vitest"
import { approximate, ratesFrom, visitorCurrency } from "./currency"

describe("approximate prices", () => {
  it("picks the currency from the visitor's choice, else their browser's language", () => {
    expect(visitorCurrency("ocop_currency=EUR", "ko-KR")).toBe("EUR")
    expect(visitorCurrency(null, "ko-KR,ko;q=0.9")).toBe("KRW")
    expect(visitorCurrency(null, "ja")).toBe("JPY")
    expect(visitorCurrency(null, "de-DE")).toBe("EUR")
    expect(visitorCurrency(null, "en-US")).toBe("USD")
    expect(visitorCurrency(null, "vi-VN")).toBeNull()
  })
  it("converts đồng with the configured table, and refuses a bad rate", () => {
    const rates = ratesFrom('{"USD": 25000}')
    expect(approximate(450_000, "USD", rates)).toBe(18)
    expect(approximate(450_000, "JPY", rates)).toBeCloseTo(2647, 0)
    expect(() => ratesFrom('{"EUR": -1}')).toThrow(/OCOP_FX_RATES.EUR/)
  })
})
