import { describe, expect, it } from "vitest"
import type { SoldLine } from "./aggregate"
import { buildStatement, commissionPercent, monthRange } from "./statement"
import { statementCsv } from "./statement-csv"
import { pdfText, statementPdf } from "./statement-pdf"

const producer = { id: "prd_1", handle: "htx-gom", legal_name: "HTX Gốm sứ Bát Tràng" }
const centres = [
  { id: "ctr_bt", handle: "bat-trang", name_vi: "Trung tâm Bát Tràng", name_en: "Bat Trang centre", commission_percent: 10 },
  { id: "ctr_vp", handle: "van-phuc", name_vi: "Điểm bán Vạn Phúc", name_en: "Van Phuc point", commission_percent: null },
]
const line = (over: Partial<SoldLine>): SoldLine => ({
  sale_id: "s1", channel: "counter", centre_id: "ctr_bt", sold_at: new Date("2026-11-10T03:00:00Z"),
  product_id: "prod_vase", title_vi: "Bình", title_en: "Vase", quantity: 1, total: 100_001, returned: 0, ...over,
})

describe("monthly statement", () => {
  it("reads a Hanoi month, and refuses anything else with a sentence", () => {
    const r = monthRange("2026-12") as any
    expect(r.from).toBe("2026-12-01")
    expect(r.to).toBe("2026-12-31")
    expect(r.start.toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(r.end.toISOString()).toBe("2026-12-31T17:00:00.000Z")
    expect((monthRange("2026-02") as any).to).toBe("2026-02-28")
    expect(monthRange("2026-13")).toEqual({ error: 'month: expected YYYY-MM, got "2026-13".' })
    expect(monthRange("12-2026")).toHaveProperty("error")
  })

  it("takes the centre's commission, else the server's, else 15", () => {
    expect(commissionPercent(10, "20")).toBe(10)
    expect(commissionPercent(0, "20")).toBe(0)
    expect(commissionPercent(null, "20")).toBe(20)
    expect(commissionPercent(null, undefined)).toBe(15)
    expect(commissionPercent(null, "abc")).toBe(15)
  })

  it("per centre: sales net of returns, the commission rounded to the đồng, what is owed; totals add up", () => {
    const s = buildStatement(producer, "2026-11", monthRange("2026-11") as any, [
      line({}),
      line({ sale_id: "order_1", channel: "web", total: 200_000 }),
      line({ sale_id: "s2", centre_id: "ctr_vp", quantity: 3, total: 300_000, returned: 1 }),
      line({ sale_id: "s3", sold_at: new Date("2026-11-30T17:30:00Z") }), // 1 December in Hanoi
    ], centres, "20")
    expect(s.centres).toEqual([
      { centre: { handle: "bat-trang", name_vi: "Trung tâm Bát Tràng", name_en: "Bat Trang centre" }, commission_percent: 10, units: 2, web: 200_000, counter: 100_001, sales: 300_001, commission: 30_000, owed: 270_001 },
      { centre: { handle: "van-phuc", name_vi: "Điểm bán Vạn Phúc", name_en: "Van Phuc point" }, commission_percent: 20, units: 2, web: 0, counter: 200_000, sales: 200_000, commission: 40_000, owed: 160_000 },
    ])
    expect(s.totals).toEqual({ orders: 3, units: 4, sales: 500_001, commission: 70_000, owed: 430_001 })

    const csv = statementCsv(s)
    expect(csv).toContain("Trung tâm Bát Tràng,bat-trang,2,200000,100001,300001,10,30000,270001")
    expect(csv.trim().split("\n").at(-1)).toBe("Total,,4,,,500001,,70000,430001")
  })

  it("prints an A4 PDF in a font that has Vietnamese letters", async () => {
    const s = buildStatement(producer, "2026-11", monthRange("2026-11") as any, [line({})], centres)
    const pdf = Buffer.from(await statementPdf(s))
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    // Embedded (subset) DejaVu Sans, not a WinAnsi standard font that cannot draw "ạ" or "đ".
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/DejaVuSans/)
    expect(pdf.toString("latin1")).not.toContain("/Helvetica")
    // Decomposed input is drawn as the composed letters the font has.
    expect(pdfText("Bát Tràng".normalize("NFD"))).toBe("Bát Tràng")
  })
})
