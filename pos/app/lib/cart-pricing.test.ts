import { describe, expect, it } from "vitest"
import { discountOf, priceCart } from "./cart-pricing"

describe("discountOf", () => {
  it("rounds a percent half up and caps an amount at what it applies to", () => {
    expect(discountOf(900_000, { kind: "percent", value: 10, reason: "x" })).toBe(90_000)
    expect(discountOf(15, { kind: "percent", value: 10, reason: "x" })).toBe(2)
    expect(discountOf(50_000, { kind: "amount", value: 80_000, reason: "x" })).toBe(50_000)
    expect(discountOf(50_000, null)).toBe(0)
  })
})

describe("priceCart", () => {
  it("prices the contract's example", () => {
    const cart = priceCart([{ unit_price: 450_000, quantity: 2, discount: { kind: "percent", value: 10, reason: "Khách quen" } }], { kind: "amount", value: 20_000, reason: "Làm tròn" })
    expect(cart).toMatchObject({ subtotal: 900_000, line_discount_total: 90_000, after_lines: 810_000, order_discount: 20_000, discount_total: 110_000, total: 790_000 })
    expect(cart.lines[0]).toEqual({ gross: 900_000, line_discount: 90_000, order_discount: 20_000, discount: 110_000, total: 790_000 })
  })

  it("shares an order discount over the lines to the đồng", () => {
    const cart = priceCart(
      [
        { unit_price: 100_000, quantity: 1 },
        { unit_price: 100_000, quantity: 1 },
        { unit_price: 100_000, quantity: 1 },
      ],
      { kind: "amount", value: 10_000, reason: "Làm tròn" },
    )
    expect(cart.lines.map((l) => l.order_discount)).toEqual([3_334, 3_333, 3_333])
    expect(cart.lines.reduce((s, l) => s + l.total, 0)).toBe(cart.total)
    expect(cart.total).toBe(290_000)
  })

  it("applies an order percent to the lines after their own discounts", () => {
    const cart = priceCart(
      [
        { unit_price: 250_000, quantity: 3, discount: { kind: "amount", value: 50_000, reason: "Hàng trưng bày" } },
        { unit_price: 85_000, quantity: 1 },
      ],
      { kind: "percent", value: 5, reason: "Khách đoàn" },
    )
    expect(cart.after_lines).toBe(785_000)
    expect(cart.order_discount).toBe(39_250)
    expect(cart.total).toBe(745_750)
    expect(cart.lines.map((l) => l.order_discount).reduce((a, b) => a + b)).toBe(39_250)
  })

  it("answers zeros for an empty cart, and never a negative total", () => {
    expect(priceCart([], { kind: "amount", value: 5_000, reason: "x" })).toMatchObject({ subtotal: 0, total: 0, order_discount: 0 })
    expect(priceCart([{ unit_price: 10_000, quantity: 1 }], { kind: "amount", value: 99_000, reason: "x" }).total).toBe(0)
  })

  it("keeps every sum whole and consistent over many random carts", () => {
    let seed = 11
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n
    for (let i = 0; i < 300; i++) {
      const lines = Array.from({ length: 1 + rand(6) }, () => ({
        unit_price: 1_000 * (1 + rand(2_000)),
        quantity: 1 + rand(5),
        discount: rand(3) === 0 ? { kind: "percent" as const, value: rand(31), reason: "x" } : undefined,
      }))
      const cart = priceCart(lines, { kind: rand(2) ? "percent" : "amount", value: rand(2) ? rand(31) : rand(100_000), reason: "x" })
      expect(cart.lines.reduce((s, l) => s + l.total, 0)).toBe(cart.total)
      expect(cart.lines.reduce((s, l) => s + l.discount, 0)).toBe(cart.discount_total)
      expect(cart.subtotal - cart.discount_total).toBe(cart.total)
      for (const l of cart.lines) expect(Number.isSafeInteger(l.total) && l.total >= 0).toBe(true)
    }
  })
})
