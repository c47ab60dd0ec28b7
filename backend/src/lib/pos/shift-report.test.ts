import { describe, expect, it } from "vitest"
import { countedTotal, shiftTotals } from "./shift-report"

describe("shift report", () => {
  it("expects the float plus cash kept minus cash refunded in the drawer", () => {
    const sales = [
      { total: 450_000, payments: [{ method: "cash", amount: 450_000 }] },
      { total: 790_000, payments: [{ method: "cash", amount: 500_000 }, { method: "vietqr", amount: 290_000 }] },
      { total: 120_000, payments: [{ method: "card", amount: 120_000 }] },
    ]
    const r = shiftTotals(1_000_000, sales, [{ refund: "cash", amount: 150_000 }, { refund: "original", amount: 120_000 }])
    expect(r.by_method).toEqual({ cash: 950_000, vietqr: 290_000, card: 120_000 })
    expect(r.expected_cash).toBe(1_800_000)
    expect(r.sales_total).toBe(1_360_000)
    expect(r.returns_total).toBe(270_000)
  })
  it("adds up a count by denomination", () => {
    expect(countedTotal({ "500000": 3, "200000": 1, "10000": 4, "500": 2 })).toBe(1_741_000)
    expect(countedTotal({})).toBe(0)
  })
})
