import { describe, expect, it } from "vitest"
import { receiptNumberConflict, recordedConflict, renumbered, resolved, withShortages } from "./conflict"

describe("a counter sale's conflict", () => {
  const short = [{ variant_id: "variant_1", title: "Bình gốm", wanted: 3, available: 1 }]

  it("is none when nothing was short, and a stock conflict when something was", () => {
    expect(withShortages(null, [])).toBeNull()
    expect(withShortages(null, short)).toMatchObject({ kind: "stock", lines: short, status: "open", renumbered_from: null, resolved_at: null })
  })

  it("keeps what a renumbered sale was printed as, when it was also short", () => {
    const renumberedSale = receiptNumberConflict("BT1-000042")
    expect(renumberedSale).toMatchObject({ kind: "receipt_number", lines: [], renumbered_from: "BT1-000042" })
    expect(withShortages(renumberedSale, [])).toBe(renumberedSale)
    expect(withShortages(renumberedSale, short)).toMatchObject({ kind: "stock", lines: short, renumbered_from: "BT1-000042" })
    expect([1, 2].map((n) => renumbered("BT1-000042", n))).toEqual(["BT1-000042/2", "BT1-000042/3"])
  })

  it("flags an offline sale of a product withdrawn or repriced since, most serious part first", () => {
    const prices = [{ variant_id: "variant_2", title: "Khăn lụa", sold_price: 350_000, current_price: 380_000 }]
    const withdrawn = [{ variant_id: "variant_3", title: "Hộp khảm trai" }]
    expect(recordedConflict(null)).toBeNull()
    expect(recordedConflict(null, { prices, withdrawn: [] })).toMatchObject({ kind: "price", prices, withdrawn: [], lines: [], renumbered_from: null })
    const both = recordedConflict("BT1-000042", { prices, withdrawn })!
    expect(both).toMatchObject({ kind: "withdrawn", prices, withdrawn, renumbered_from: "BT1-000042" })
    // Short as well: stock leads, and nothing said before is lost.
    expect(withShortages(both, short)).toMatchObject({ kind: "stock", lines: short, prices, withdrawn, renumbered_from: "BT1-000042" })
  })

  it("says who resolved it, when and how", () => {
    const done = resolved(withShortages(null, short)!, { id: "user_1", email: "clerk@ocop.test" }, "Đã kiểm kho")
    expect(done).toMatchObject({ status: "resolved", note: "Đã kiểm kho", resolved_by: { id: "user_1", email: "clerk@ocop.test" }, lines: short })
    expect(Date.parse(done.resolved_at!)).not.toBeNaN()
  })
})
