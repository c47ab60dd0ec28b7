import { describe, expect, it } from "vitest"
import { hanoiDate } from "../hanoi-time"
import { aggregateSales, kept, salesRange, type SoldLine } from "./aggregate"

const centres = [
  { id: "ctr_bt", handle: "bat-trang", name_vi: "Bát Tràng", name_en: "Bat Trang" },
  { id: "ctr_vp", handle: "van-phuc", name_vi: "Vạn Phúc", name_en: "Van Phuc" },
]
const line = (over: Partial<SoldLine>): SoldLine => ({
  sale_id: "s1", channel: "counter", centre_id: "ctr_bt", sold_at: new Date("2026-12-01T03:00:00Z"),
  product_id: "prod_vase", title_vi: "Bình gốm", title_en: "Vase", quantity: 1, total: 100_000, returned: 0, ...over,
})

describe("sales range", () => {
  it("defaults to the last 30 Hanoi days, today included", () => {
    // 18:00 UTC on the 5th is already the 6th in Hanoi.
    const r = salesRange(undefined, undefined, new Date("2026-12-05T18:00:00Z"))
    expect(r).toMatchObject({ from: "2026-11-07", to: "2026-12-06" })
    if ("error" in r) throw new Error()
    expect(r.start.toISOString()).toBe("2026-11-06T17:00:00.000Z")
    expect(r.end.toISOString()).toBe("2026-12-06T17:00:00.000Z")
  })

  it("refuses what is not a day, a reversed range or more than a year, with a sentence", () => {
    expect(salesRange("2026-02-31", "2026-03-01")).toEqual({ error: 'from: expected a date YYYY-MM-DD, got "2026-02-31".' })
    expect(salesRange(undefined, "yesterday")).toHaveProperty("error")
    expect(salesRange("2026-12-02", "2026-12-01")).toHaveProperty("error")
    expect(salesRange("2024-01-01", "2026-01-01")).toHaveProperty("error")
  })
})

describe("aggregate sales", () => {
  it("keeps a line's total net of returned units, shared per unit exactly", () => {
    expect(kept({ quantity: 3, total: 100_000, returned: 1 })).toEqual({ units: 2, revenue: 66_667 })
    expect(kept({ quantity: 2, total: 90_000, returned: 2 })).toEqual({ units: 0, revenue: 0 })
  })

  it("adds web and counter lines by Hanoi day, product and centre + channel", () => {
    const range = salesRange("2026-12-01", "2026-12-03") as any
    const lines = [
      line({}),
      line({ sale_id: "s2", quantity: 2, total: 180_000 }),
      line({ sale_id: "order_1", channel: "web", centre_id: "ctr_vp", product_id: "prod_scarf", title_vi: "Khăn lụa", title_en: "Scarf", total: 350_000, sold_at: new Date("2026-12-02T20:00:00Z") }),
      line({ sale_id: "order_1", channel: "web", centre_id: "ctr_vp", quantity: 2, total: 200_000, returned: 1, sold_at: new Date("2026-12-02T20:00:00Z") }),
      line({ sale_id: "old", sold_at: new Date("2026-11-30T16:59:59Z") }), // 23:59 on 30 Nov in Hanoi: outside
    ]
    const r = aggregateSales(lines, centres, range)
    expect(r.totals).toEqual({ orders: 3, units: 5, revenue: 100_000 + 180_000 + 350_000 + 100_000 })
    expect(r.series).toEqual([
      { date: "2026-12-01", revenue: 280_000, units: 3 },
      { date: "2026-12-02", revenue: 0, units: 0 },
      { date: "2026-12-03", revenue: 450_000, units: 2 }, // 20:00 UTC on the 2nd is the 3rd in Hanoi
    ])
    expect(r.by_product).toEqual([
      { product_id: "prod_vase", title_vi: "Bình gốm", title_en: "Vase", units: 4, revenue: 380_000 },
      { product_id: "prod_scarf", title_vi: "Khăn lụa", title_en: "Scarf", units: 1, revenue: 350_000 },
    ])
    expect(r.by_centre).toEqual([
      { centre: { handle: "van-phuc", name_vi: "Vạn Phúc", name_en: "Van Phuc" }, channel: "web", units: 2, revenue: 450_000 },
      { centre: { handle: "bat-trang", name_vi: "Bát Tràng", name_en: "Bat Trang" }, channel: "counter", units: 3, revenue: 280_000 },
    ])
    expect(hanoiDate(new Date("2026-11-30T17:00:00Z"))).toBe("2026-12-01")
  })
})
