import { describe, expect, it } from "vitest"
import type { Payment } from "./api/types"
import { cashPayment, changeDue, fitsRemaining, isSettled, paid, quickCash, remaining } from "./tender"

describe("split tender", () => {
  const split: Payment[] = [
    { method: "cash", amount: 500_000, tendered: 500_000 },
    { method: "vietqr", amount: 190_000, reference: "OCOP0123456789" },
    { method: "card", amount: 100_000, last4: "4242", approval_code: "A1B2C3" },
  ]
  it("adds the payments up to the total", () => {
    expect(paid(split)).toBe(790_000)
    expect(remaining(790_000, split)).toBe(0)
    expect(isSettled(790_000, split)).toBe(true)
    expect(remaining(800_000, split)).toBe(10_000)
    expect(isSettled(800_000, split)).toBe(false)
  })
  it("gives change only on cash handed over above its amount", () => {
    const cash = cashPayment(432_000, 500_000)
    expect(cash).toEqual({ method: "cash", amount: 432_000, tendered: 500_000 })
    expect(changeDue([cash!])).toBe(68_000)
    expect(isSettled(432_000, [cash!])).toBe(true)
  })
  it("takes less cash than is due as part of the total", () => {
    const cash = cashPayment(432_000, 200_000)!
    expect(cash.amount).toBe(200_000)
    expect(remaining(432_000, [cash])).toBe(232_000)
    expect(changeDue([cash])).toBe(0)
  })
  it("refuses nothing, fractions and paying what is already paid", () => {
    expect(cashPayment(100_000, 0)).toBeNull()
    expect(cashPayment(100_000, 1.5)).toBeNull()
    expect(cashPayment(0, 50_000)).toBeNull()
  })
  it("keeps card and VietQR within what is left", () => {
    expect(fitsRemaining(100_000, 100_000)).toBe(true)
    expect(fitsRemaining(100_000, 100_001)).toBe(false)
    expect(fitsRemaining(100_000, 0)).toBe(false)
  })
})

describe("quickCash", () => {
  it("offers the exact amount and the notes above it", () => {
    expect(quickCash(432_000)).toEqual([432_000, 440_000, 450_000, 500_000])
    expect(quickCash(85_000)).toEqual([85_000, 90_000, 100_000, 500_000])
    expect(quickCash(12_500)).toEqual([12_500, 20_000, 50_000, 100_000, 500_000])
  })
  it("does not repeat a round amount", () => {
    // Two 500k notes for a 500k sale is the likeliest overpay, so the next 500k is "above".
    expect(quickCash(500_000)).toEqual([500_000, 510_000, 550_000, 600_000, 1_000_000])
    expect(quickCash(1_000_000, 3)).toEqual([1_000_000, 1_010_000, 1_050_000])
  })
  it("offers nothing when nothing is due", () => {
    expect(quickCash(0)).toEqual([])
  })
})
