import { describe, expect, it } from "vitest"
import { hanoiDay } from "../hanoi-time"
import { dayReport, dayReportCsv } from "./day-report"

const producer = (handle: string) => ({ handle, name: `HTX ${handle}` })
const sales = [
  {
    total: 1_020_000, returned_total: 0,
    payments: [{ method: "cash", amount: 520_000 }, { method: "vietqr", amount: 500_000 }],
    lines: [
      { product_id: "p1", title_vi: "Bình gốm", producer: producer("gom"), quantity: 2, total: 900_000, returned: 0 },
      { product_id: "p2", title_vi: "Khăn lụa", producer: producer("lua"), quantity: 1, total: 120_000, returned: 0 },
    ],
  },
  {
    total: 900_000, returned_total: 300_000,
    payments: [{ method: "card", amount: 900_000 }],
    lines: [{ product_id: "p1", title_vi: "Bình gốm", producer: producer("gom"), quantity: 3, total: 900_000, returned: 1 }],
  },
]

describe("end-of-day report", () => {
  it("adds up sales by product, producer and method, net of what came back", () => {
    const r = dayReport(sales, [{ amount: 300_000, refund: "cash" }])
    expect(r.by_product).toEqual([
      { product_id: "p1", title: "Bình gốm", quantity: 4, total: 1_500_000 },
      { product_id: "p2", title: "Khăn lụa", quantity: 1, total: 120_000 },
    ])
    expect(r.by_producer.find((p) => p.handle === "gom")).toMatchObject({ quantity: 4, total: 1_500_000 })
    expect(r.by_method).toEqual({ cash: 520_000, vietqr: 500_000, card: 900_000 })
    expect(r).toMatchObject({ sales_count: 2, total: 1_920_000, returned_since: 300_000, cash_refunds_today: 300_000 })
  })

  it("writes CSV a spreadsheet reads, quoting text with commas", () => {
    const csv = dayReportCsv("2026-12-02", "bat-trang", dayReport([{ ...sales[0]!, lines: [{ ...sales[0]!.lines[0]!, title_vi: 'Bình "Phúc", 20 cm' }] }], []))
    expect(csv).toContain('"Bình ""Phúc"", 20 cm",p1,2,900000')
    expect(csv.split("\n")[0]).toBe("OCOP POS day report,bat-trang,2026-12-02")
  })

  it("takes a day in Hanoi's time", () => {
    expect(hanoiDay("2026-12-02").from.toISOString()).toBe("2026-12-01T17:00:00.000Z")
    expect(() => hanoiDay("yesterday")).toThrow()
  })
})
