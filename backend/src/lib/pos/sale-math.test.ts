import { describe, expect, it } from "vitest"
import { discountOf, priceSale, SaleProblem, settle, splitExactly } from "./sale-math"

const line = (unit_price: number, quantity = 1, discount?: any) => ({ variant_id: `v${unit_price}`, quantity, unit_price, discount })

describe("counter sale arithmetic (đồng)", () => {
  it("takes a percent or an amount off, rounded to the đồng, never below zero", () => {
    expect(discountOf(450_000, { kind: "percent", value: 10, reason: "" })).toBe(45_000)
    expect(discountOf(333_333, { kind: "percent", value: 5, reason: "" })).toBe(16_667)
    expect(discountOf(20_000, { kind: "amount", value: 50_000, reason: "" })).toBe(20_000)
  })

  it("splits an order discount over the lines so the shares add up to the đồng", () => {
    expect(splitExactly(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333])
    const shares = splitExactly(99_999, [450_000, 120_000, 35_000])
    expect(shares.reduce((a, b) => a + b, 0)).toBe(99_999)
    expect(splitExactly(0, [5, 5])).toEqual([0, 0])
  })

  it("prices a sale: lines, their discounts, the order discount, and a total that adds up", () => {
    const sale = priceSale([line(450_000, 2, { kind: "percent", value: 10, reason: "Khách quen" }), line(120_000)], { kind: "amount", value: 20_000, reason: "Làm tròn" }, 10)
    expect(sale.subtotal).toBe(1_020_000)
    expect(sale.lines[0]!.line_discount).toBe(90_000)
    expect(sale.lines.reduce((s, l) => s + l.order_discount, 0)).toBe(20_000)
    expect(sale.discount_total).toBe(110_000)
    expect(sale.total).toBe(910_000)
    expect(sale.lines.reduce((s, l) => s + l.total, 0)).toBe(sale.total)
  })

  it("refuses a discount over the caller's limit", () => {
    expect(() => priceSale([line(100_000, 1, { kind: "percent", value: 15, reason: "x" })], null, 10)).toThrow(SaleProblem)
    expect(() => priceSale([line(100_000)], { kind: "amount", value: 30_000, reason: "x" }, 10)).toThrow(/discount_limit/)
    expect(priceSale([line(100_000)], { kind: "amount", value: 30_000, reason: "x" }, 30).total).toBe(70_000)
  })

  it("settles split tenders exactly, giving change on cash only", () => {
    expect(settle(790_000, [{ method: "cash", amount: 500_000, tendered: 500_000 }, { method: "vietqr", amount: 290_000 }])).toEqual({ paid: 790_000, change: 0 })
    expect(settle(450_000, [{ method: "cash", amount: 450_000, tendered: 500_000 }]).change).toBe(50_000)
    expect(() => settle(450_000, [{ method: "card", amount: 400_000, last4: "4242", approval_code: "A1" }])).toThrow(/payments_short/)
    expect(() => settle(450_000, [{ method: "cash", amount: 500_000 }])).toThrow(/payments_over/)
    expect(() => settle(450_000, [{ method: "cash", amount: 450_000, tendered: 400_000 }])).toThrow(/tendered_short/)
  })
})

describe("discount limits", () => {
  it("measures a percent discount by its percent, not by the rounded đồng", () => {
    expect(priceSale([line(15, 1, { kind: "percent", value: 10, reason: "x" })], null, 10).total).toBe(13)
  })
})
