import { describe, expect, it } from "vitest"
import { receiptNumberConflict, renumbered, resolved, withShortages } from "./conflict"

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

  it("says who resolved it, when and how", () => {
    const done = resolved(withShortages(null, short)!, { id: "user_1", email: "clerk@ocop.test" }, "Đã kiểm kho")
    expect(done).toMatchObject({ status: "resolved", note: "Đã kiểm kho", resolved_by: { id: "user_1", email: "clerk@ocop.test" }, lines: short })
    expect(Date.parse(done.resolved_at!)).not.toBeNaN()
  })
})
