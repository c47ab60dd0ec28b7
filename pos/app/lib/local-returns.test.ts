import { describe, expect, it } from "vitest"
import type { LocalReturn, LocalSale } from "./db"
import { queuedReturnLines, saleFromLocal, withQueuedReturns } from "./local-returns"
import { returnLines } from "./returns"

const local = {
  client_id: "01JDSALE",
  receipt_number: "BT1-000007",
  till_id: "BT-1",
  body: { sold_at: "2026-12-02T03:00:00.000Z", lines: [{ variant_id: "v1", quantity: 3, unit_price: 100_000 }, { variant_id: "v2", quantity: 1, unit_price: 50_000 }] },
  receipt: {
    centre: { name_vi: "BT", name_en: "BT", address: "" }, clerk: "Lan", subtotal: 350_000, discount_total: 0, total: 350_000, payments: [], change: 0, note: null,
    lines: [{ title_vi: "Bát", title_en: "Bowl", stars: 3, discount: 0, total: 300_000 }, { title_vi: "Cốc", title_en: "Mug", stars: 3, discount: 0, total: 50_000 }],
  },
} as unknown as LocalSale
const taken = (status: LocalReturn["status"], quantity: number) => ({ status, lines: [{ variant_id: "v1", quantity }] }) as LocalReturn

describe("returns from this device's own sales", () => {
  it("reads a sale not on the backend as one, less what was taken back here", () => {
    const sale = saleFromLocal(local, [taken("pending", 1), taken("failed", 2)])
    expect(sale.lines.map((l) => [l.line_item_id, l.title_vi, l.quantity, l.returned, l.total])).toEqual([["variant:v1", "Bát", 3, 1, 300_000], ["variant:v2", "Cốc", 1, 0, 50_000]])
  })

  it("sends its lines by variant, and a backend sale's by order item", () => {
    const sale = saleFromLocal(local, [])
    expect(queuedReturnLines(returnLines(sale, { "variant:v1": 2 }))).toEqual([{ variant_id: "v1", quantity: 2 }])
    expect(queuedReturnLines([{ line_item_id: "ordli_1", quantity: 1 }])).toEqual([{ line_item_id: "ordli_1", quantity: 1 }])
  })

  it("counts queued returns against a backend sale, but not synced ones twice", () => {
    const server = { ...saleFromLocal(local, []), lines: saleFromLocal(local, []).lines.map((l) => ({ ...l, returned: l.variant_id === "v1" ? 1 : 0 })) }
    expect(withQueuedReturns(server, [taken("synced", 1), taken("pending", 1)]).lines[0]!.returned).toBe(2)
  })
})
