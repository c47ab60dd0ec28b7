import { describe, expect, it } from "vitest"
import { allocate, ceilToMultiple, mulDivRound, parseVnd, percentOf, VND_DENOMINATIONS } from "./vnd"

describe("parseVnd", () => {
  it("reads amounts as clerks type them", () => {
    expect(parseVnd("450000")).toBe(450_000)
    expect(parseVnd("450.000")).toBe(450_000)
    expect(parseVnd("450,000 ₫")).toBe(450_000)
    expect(parseVnd("1.250.000đ")).toBe(1_250_000)
    expect(parseVnd(" 20 000 VND ")).toBe(20_000)
    expect(parseVnd("0")).toBe(0)
  })
  it("reads k (nghìn) and tr (triệu)", () => {
    expect(parseVnd("450k")).toBe(450_000)
    expect(parseVnd("1,5tr")).toBe(1_500_000)
    expect(parseVnd("1.25tr")).toBe(1_250_000)
    expect(parseVnd("2 triệu")).toBe(2_000_000)
    expect(parseVnd("2,5k")).toBe(2_500)
  })
  it("refuses what is not a whole amount of đồng", () => {
    for (const bad of ["", "abc", "-5000", "1.5", "12,34", "1.2345k", "10..000", "9".repeat(20)]) expect(parseVnd(bad), bad).toBeNull()
  })
})

describe("ceilToMultiple", () => {
  it("finds the note at or above an amount", () => {
    expect(ceilToMultiple(432_000, 10_000)).toBe(440_000)
    expect(ceilToMultiple(432_000, 500_000)).toBe(500_000)
    expect(ceilToMultiple(500_000, 500_000)).toBe(500_000)
    expect(ceilToMultiple(0, 10_000)).toBe(0)
  })
  it("refuses fractions and bad steps", () => {
    expect(() => ceilToMultiple(1.5, 1000)).toThrow(RangeError)
    expect(() => ceilToMultiple(1000, 0)).toThrow(RangeError)
  })
})

describe("mulDivRound and percentOf", () => {
  it("round half up on whole numbers", () => {
    expect(percentOf(450_000, 10)).toBe(45_000)
    expect(percentOf(15, 10)).toBe(2) // 1.5 → 2
    expect(percentOf(14, 10)).toBe(1) // 1.4 → 1
    expect(mulDivRound(1, 1, 3)).toBe(0)
    expect(mulDivRound(2, 1, 3)).toBe(1)
    expect(mulDivRound(-15, 10, 100)).toBe(-2)
  })
  it("stays exact where floating point would not", () => {
    // 9007199254740991 × 3 overflows a double's exact range.
    expect(mulDivRound(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER)
  })
})

describe("allocate", () => {
  it("shares an amount in proportion and adds up exactly", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocate(20_000, [810_000, 150_000])).toEqual([16_875, 3_125])
    expect(allocate(10, [3, 3, 4])).toEqual([3, 3, 4])
    expect(allocate(0, [0, 0])).toEqual([0, 0])
  })
  it("gives the leftover đồng to the largest remainders, ties to the first", () => {
    // 7 over 1:2:4 → 1, 2, 4 exactly; 5 over 1:1 → 3, 2.
    expect(allocate(7, [1, 2, 4])).toEqual([1, 2, 4])
    expect(allocate(5, [1, 1])).toEqual([3, 2])
    // 10 over 3 equal-ish weights with different remainders: 10×[2,3,4]/9 = 2.22, 3.33, 4.44 → 2, 3, 5.
    expect(allocate(10, [2, 3, 4])).toEqual([2, 3, 5])
  })
  it("never loses or invents a đồng", () => {
    let seed = 7
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    for (let i = 0; i < 500; i++) {
      const weights = Array.from({ length: 1 + rand(8) }, () => rand(2_000_000))
      const total = rand(300_000)
      if (weights.every((w) => w === 0)) continue
      const parts = allocate(total, weights)
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
      parts.forEach((p) => expect(Number.isInteger(p) && p >= 0).toBe(true))
    }
  })
  it("refuses to share over nothing", () => {
    expect(() => allocate(5, [0, 0])).toThrow(RangeError)
  })
})

describe("VND_DENOMINATIONS", () => {
  it("lists notes from 500k down to 1k, then the 500 and 200 coins", () => {
    expect(VND_DENOMINATIONS.map((d) => d.value)).toEqual([500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200])
    expect(VND_DENOMINATIONS.filter((d) => d.kind === "coin").map((d) => d.value)).toEqual([500, 200])
  })
})
