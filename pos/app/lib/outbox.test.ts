import { describe, expect, it } from "vitest"
import { draft, id, queue, receipt, routes, salePosts, t, useQueueFixture } from "../../test/queue-fixture"
import { posApi } from "../../test/mocks/pos-api"
import { recordSale, recordShiftOpen, resumeReceiptSequence } from "./outbox"

useQueueFixture()

describe("recordSale", () => {
  it("numbers each sale from the till's own sequence and stores it before anything is sent", async () => {
    const a = await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    const b = await recordSale(t.db, draft("01JD0000000000000000000002"), receipt)
    expect([a.receipt_number, b.receipt_number]).toEqual(["BT1-000001", "BT1-000002"])
    expect(b.body.receipt_number).toBe("BT1-000002")
    expect(await t.db.sales.count()).toBe(2)
    expect((await t.db.sales.get(a.client_id))?.status).toBe("pending")
    expect(salePosts()).toHaveLength(0)
  })

  it("keeps one sequence per till id", async () => {
    await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    const other = await recordSale(t.db, { ...draft("01JD0000000000000000000002"), till_id: "BT-2" }, receipt)
    expect(other.receipt_number).toBe("BT2-000001")
  })
})

describe("resumeReceiptSequence", () => {
  it("carries a till set up again on from the backend's last receipt number", async () => {
    expect(await resumeReceiptSequence(t.db, "BT-1", "BT1-000041")).toBe(41)
    const next = await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    expect(next.receipt_number).toBe("BT1-000042")
  })

  it("never moves the sequence back, and ignores another till's number", async () => {
    await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    await recordSale(t.db, draft("01JD0000000000000000000002"), receipt)
    expect(await resumeReceiptSequence(t.db, "BT-1", "BT1-000001")).toBe(2)
    expect(await resumeReceiptSequence(t.db, "BT-1", "BT2-000099")).toBe(2)
    expect(await resumeReceiptSequence(t.db, "BT-1", null)).toBe(2)
    expect((await recordSale(t.db, draft("01JD0000000000000000000003"), receipt)).receipt_number).toBe("BT1-000003")
  })
})


describe("a shift opened offline", () => {
  const shiftId = "01JDSHIFT00000000000000001"

  it("is the till's shift at once, goes ahead of the sales made in it, and becomes the backend's once sent", async () => {
    const local = await recordShiftOpen(t.db, { client_id: shiftId, till_id: "BT-1", opening_float: 500_000 }, new Date("2026-12-02T01:00:00Z"))
    expect(local).toMatchObject({ id: shiftId, pending: true, status: "open", opening_float: 500_000 })
    expect(await t.db.read("shift")).toEqual(local)
    for (let i = 1; i <= 2; i++) await recordSale(t.db, { ...draft(id(i)), shift_id: shiftId }, receipt)
    expect(salePosts()).toHaveLength(0)

    await queue().syncDue()
    expect(routes()).toEqual(["/pos/shifts", "/pos/sales/batch"])
    expect(posApi.received[0]!.body).toEqual({ client_id: shiftId, till_id: "BT-1", opening_float: 500_000, offline: true, opened_at: "2026-12-02T01:00:00.000Z" })
    expect(salePosts().map((s) => s.shift_id)).toEqual([shiftId, shiftId])
    const shift = await t.db.read("shift")
    expect(shift?.id).toMatch(/^pshift_/)
    expect(shift?.pending).toBeUndefined()
    expect(await t.db.shiftOpens.get(shiftId)).toMatchObject({ status: "synced", answer: { id: shift!.id } })
    expect(await t.db.read("sync_run")).toMatchObject({ done: 3 })
  })

  it("is kept, with the backend's sentence, when the backend refuses it (another device opened the till)", async () => {
    // Another device opened BT-1 meanwhile: the backend refuses a second open shift on one till.
    posApi.state.shifts.push({ id: "pshift_other", client_id: "01JDOTHERDEVICE00000000001", till_id: "BT-1", status: "open", opening_float: 0, opened_at: "2026-12-02T00:00:00Z", closed_at: null, counted: null, counted_total: null, expected_cash: null, difference: null, clerk: "clerk" })
    await recordShiftOpen(t.db, { client_id: shiftId, till_id: "BT-1", opening_float: 500_000 })
    await queue().syncDue()
    const row = await t.db.shiftOpens.get(shiftId)
    expect(row).toMatchObject({ status: "failed", error: { status: 409, code: "shift_open" } })
    expect(row?.error?.sentence).toMatch(/already has an open shift|đang có ca mở/)
    // Still this device's shift: the clerk sees the refusal and retries once the other is closed.
    expect((await t.db.read("shift"))?.pending).toBe(true)
  })
})
