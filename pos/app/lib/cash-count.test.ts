import { describe, expect, it } from "vitest"
import { cashDifference, countedBody, countedTotal, isValidCount } from "./cash-count"

describe("cash count", () => {
  const count = { 500_000: 2, 200_000: 1, 50_000: 3, 10_000: 4, 2_000: 1, 500: 3, 200: 1 }
  it("adds notes and coins by face value", () => {
    expect(countedTotal(count)).toBe(1_000_000 + 200_000 + 150_000 + 40_000 + 2_000 + 1_500 + 200)
    expect(countedTotal({})).toBe(0)
  })
  it("says how far the drawer is from what is expected", () => {
    expect(cashDifference(1_393_700, count)).toBe(0)
    expect(cashDifference(1_403_700, count)).toBe(-10_000)
    expect(cashDifference(1_390_000, count)).toBe(3_700)
  })
  it("sends face values as keys and leaves zeros out", () => {
    expect(countedBody({ ...count, 100_000: 0 })).toEqual({ "500000": 2, "200000": 1, "50000": 3, "10000": 4, "2000": 1, "500": 3, "200": 1 })
  })
  it("refuses unknown denominations and fractions", () => {
    expect(isValidCount(count)).toBe(true)
    expect(isValidCount({ 300_000: 1 })).toBe(false)
    expect(isValidCount({ 500_000: 1.5 })).toBe(false)
    expect(isValidCount({ 500_000: -1 })).toBe(false)
  })
})
