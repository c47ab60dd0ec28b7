import { describe, expect, it } from "vitest"
import { checkDiscount, maxDiscount } from "./discount-limits"

const d = (kind: "percent" | "amount", value: number, reason = "Khách quen") => ({ kind, value, reason })

describe("checkDiscount", () => {
  it("lets a clerk give up to the limit", () => {
    expect(checkDiscount(900_000, d("percent", 10), 10)).toBeNull()
    expect(checkDiscount(900_000, d("amount", 90_000), 10)).toBeNull()
    expect(checkDiscount(900_000, d("amount", 0), 10)).toBeNull()
  })
  it("says by how much a discount is over the limit", () => {
    expect(checkDiscount(900_000, d("percent", 15), 10)).toEqual({ problem: "over_limit", limit: 10, max_amount: 90_000 })
    expect(checkDiscount(900_000, d("amount", 90_001), 10)).toEqual({ problem: "over_limit", limit: 10, max_amount: 90_000 })
    // A supervisor's 30 % allows it.
    expect(checkDiscount(900_000, d("percent", 15), 30)).toBeNull()
  })
  it("refuses the limit's percent when rounding up takes off more, as the backend does", () => {
    // 10 % of 15 đồng rounds to 2, which is 13.3 % of 15.
    expect(checkDiscount(15, d("percent", 10), 10)).toMatchObject({ problem: "over_limit" })
  })
  it("asks for a reason and a sensible value", () => {
    expect(checkDiscount(900_000, d("percent", 5, "  "), 10)).toEqual({ problem: "no_reason" })
    expect(checkDiscount(900_000, d("percent", 101), 100)).toEqual({ problem: "bad_value" })
    expect(checkDiscount(900_000, d("amount", 2.5), 10)).toEqual({ problem: "bad_value" })
    expect(checkDiscount(900_000, d("amount", -1), 10)).toEqual({ problem: "bad_value" })
  })
})

describe("maxDiscount", () => {
  it("rounds down, so the most allowed is within the limit", () => {
    expect(maxDiscount(785_000, 10)).toBe(78_500)
    expect(maxDiscount(15, 10)).toBe(1)
  })
})
