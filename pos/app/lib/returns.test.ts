import { describe, expect, it } from "vitest"
import { lineItemIdOf, refundEstimate, returnable, returnLines, withinReturnWindow } from "./returns"

const line = (id: string, quantity: number, total: number, returned = 0) => ({ line_item_id: id, quantity, total, returned }) as any
const sale = { lines: [line("a", 3, 750_000, 1), line("b", 1, 85_000)] }

describe("returns", () => {
  it("counts what is left to bring back", () => {
    expect(returnable({ quantity: 3, returned: 1 })).toBe(2)
    expect(returnable({ quantity: 1, returned: 1 })).toBe(0)
  })
  it("keeps to the return window", () => {
    const now = new Date("2026-12-31T10:00:00Z")
    expect(withinReturnWindow("2026-12-01T10:00:00Z", 30, now)).toBe(true)
    expect(withinReturnWindow("2026-12-01T09:59:59Z", 30, now)).toBe(false)
  })
  it("estimates the refund in proportion, and never for more than is returnable", () => {
    expect(refundEstimate(sale, { a: 1 })).toBe(250_000)
    expect(refundEstimate(sale, { a: 5, b: 1 })).toBe(500_000 + 85_000)
    expect(returnLines(sale, { a: 5, b: 0 })).toEqual([{ line_item_id: "a", quantity: 2 }])
  })
})

describe("lineItemIdOf", () => {
  it("takes the contract's line_item_id, else the first of the backend's line_item_ids", () => {
    expect(lineItemIdOf({ line_item_id: "ordli_1" })).toBe("ordli_1")
    expect(lineItemIdOf({ line_item_ids: ["ordli_2", "ordli_3"] } as never)).toBe("ordli_2")
  })
})
