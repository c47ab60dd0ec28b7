import "fake-indexeddb/auto"
import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { posApi, posHandlers, TOKEN } from "../../test/mocks/pos-api"
import { createApi } from "./api/client"
import { PosDb } from "./db"
import type { ReceiptView } from "./receipt-view"
import { backoffMs, createSyncQueue, recordSale, resumeReceiptSequence, type SaleDraft } from "./sync-queue"

const BASE = "http://till.test"
const server = setupServer(...posHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

let db: PosDb
let clock: number
let n = 0
beforeEach(async () => {
  posApi.reset()
  db = new PosDb(`test-${++n}`)
  clock = 1_000_000
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const api = createApi({ baseUrl: BASE, token: () => TOKEN })
const queue = () => createSyncQueue({ db, api, now: () => clock, random: () => 0.5 })

function draft(client_id: string, quantity = 1, unit_price = 450_000): SaleDraft {
  return {
    client_id,
    till_id: "BT-1",
    shift_id: null,
    sold_at: "2026-12-02T03:00:00.000Z",
    lines: [{ variant_id: "variant_vase_1", quantity, unit_price }],
    payments: [{ method: "cash", amount: quantity * unit_price, tendered: 500_000 * quantity }],
  }
}
const receipt = { total: 450_000 } as Omit<ReceiptView, "receipt_number">
const salePosts = () => posApi.received.filter((r) => r.method === "POST" && r.path === "/pos/sales")

describe("recordSale", () => {
  it("numbers each sale from the till's own sequence and stores it before anything is sent", async () => {
    const a = await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    const b = await recordSale(db, draft("01JD0000000000000000000002"), receipt)
    expect([a.receipt_number, b.receipt_number]).toEqual(["BT1-000001", "BT1-000002"])
    expect(b.body.receipt_number).toBe("BT1-000002")
    expect(await db.sales.count()).toBe(2)
    expect((await db.sales.get(a.client_id))?.status).toBe("pending")
    expect(salePosts()).toHaveLength(0)
  })

  it("keeps one sequence per till id", async () => {
    await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    const other = await recordSale(db, { ...draft("01JD0000000000000000000002"), till_id: "BT-2" }, receipt)
    expect(other.receipt_number).toBe("BT2-000001")
  })
})

describe("resumeReceiptSequence", () => {
  it("carries a till set up again on from the backend's last receipt number", async () => {
    expect(await resumeReceiptSequence(db, "BT-1", "BT1-000041")).toBe(41)
    const next = await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    expect(next.receipt_number).toBe("BT1-000042")
  })

  it("never moves the sequence back, and ignores another till's number", async () => {
    await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    await recordSale(db, draft("01JD0000000000000000000002"), receipt)
    expect(await resumeReceiptSequence(db, "BT-1", "BT1-000001")).toBe(2)
    expect(await resumeReceiptSequence(db, "BT-1", "BT2-000099")).toBe(2)
    expect(await resumeReceiptSequence(db, "BT-1", null)).toBe(2)
    expect((await recordSale(db, draft("01JD0000000000000000000003"), receipt)).receipt_number).toBe("BT1-000003")
  })
})

describe("sync queue", () => {
  it("sends pending sales and keeps the backend's answer", async () => {
    const sale = await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    await queue().syncDue()
    const stored = await db.sales.get(sale.client_id)
    expect(stored?.status).toBe("synced")
    expect(stored?.sale?.receipt_url).toContain("/receipts/BT1-000001")
    expect(salePosts()).toHaveLength(1)
  })

  it("retries with backoff when the backend cannot be reached, and sends once it can", async () => {
    const sale = await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    server.use(http.post("*/pos/sales", () => HttpResponse.error()))
    const q = queue()
    await q.syncDue()
    let stored = await db.sales.get(sale.client_id)
    expect(stored).toMatchObject({ status: "pending", attempts: 1, next_attempt_at: clock + 2_000 })

    // Not due yet: nothing is sent.
    server.resetHandlers()
    await q.syncDue()
    expect(salePosts()).toHaveLength(0)

    clock += 2_000
    await q.syncDue()
    stored = await db.sales.get(sale.client_id)
    expect(stored?.status).toBe("synced")
  })

  it("sends again after a lost answer, and the backend keeps one sale (idempotent on client_id)", async () => {
    const sale = await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    // The first send reached the backend, but its answer never reached the till.
    await api.createSale(sale.body)
    await queue().syncDue()
    expect((await db.sales.get(sale.client_id))?.status).toBe("synced")
    expect(posApi.state.sales).toHaveLength(1)
    expect(salePosts()).toHaveLength(2)
  })

  it("keeps a sale the backend refuses as failed, with its sentence, and does not send it again by itself", async () => {
    posApi.state.products[0]!.variants[0]!.available = 1
    const sale = await recordSale(db, draft("01JD0000000000000000000001", 2), receipt)
    const q = queue()
    await q.syncDue()
    const stored = await db.sales.get(sale.client_id)
    expect(stored?.status).toBe("failed")
    expect(stored?.error).toMatchObject({ status: 409, code: "out_of_stock" })
    expect(stored?.error?.sentence).toContain("chỉ còn 1")
    clock += 3_600_000
    await q.syncDue()
    expect(salePosts()).toHaveLength(1)

    // The clerk restocks and sends it again, or settles it outside the till.
    posApi.state.products[0]!.variants[0]!.available = 5
    await q.retry(sale.client_id)
    expect((await db.sales.get(sale.client_id))?.status).toBe("synced")
  })

  it("keeps a price_changed sale as failed too", async () => {
    const sale = await recordSale(db, draft("01JD0000000000000000000001", 1, 400_000), receipt)
    await queue().syncDue()
    expect((await db.sales.get(sale.client_id))?.error?.code).toBe("price_changed")
    await queue().resolve(sale.client_id, "Đã hoàn tiền chênh lệch")
    expect((await db.sales.get(sale.client_id))?.status).toBe("resolved")
  })

  it("stops on an expired session and keeps the sales for after the next sign-in", async () => {
    await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    await recordSale(db, draft("01JD0000000000000000000002"), receipt)
    const expired = createSyncQueue({ db, api: createApi({ baseUrl: BASE, token: () => "old" }), now: () => clock })
    await expired.syncDue()
    expect(expired.state.authLost).toBe(true)
    expect(await db.sales.where("status").equals("pending").count()).toBe(2)
    expect(posApi.received.filter((r) => r.path === "/pos/sales")).toHaveLength(1)
    await queue().syncDue()
    expect(await db.sales.where("status").equals("synced").count()).toBe(2)
  })

  it("sends what an expired session held back once the queue starts again with a new token", async () => {
    let token = "old"
    const q = createSyncQueue({ db, api: createApi({ baseUrl: BASE, token: () => token }), now: () => clock, setTimer: () => null, clearTimer: () => {} })
    await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    await q.start()
    expect(q.state.authLost).toBe(true)
    token = TOKEN
    await q.start()
    q.stop()
    expect(await db.sales.where("status").equals("synced").count()).toBe(1)
  })

  it("treats a 5xx and the backend's in_progress as try-again-later", async () => {
    const sale = await recordSale(db, draft("01JD0000000000000000000001"), receipt)
    server.use(http.post("*/pos/sales", () => HttpResponse.json({ code: "in_progress", sentence: "…" }, { status: 409 }), { once: true }))
    const q = queue()
    await q.syncDue()
    expect((await db.sales.get(sale.client_id))?.status).toBe("pending")
    server.use(http.post("*/pos/sales", () => HttpResponse.json({ message: "boom" }, { status: 503 }), { once: true }))
    clock += 2_000
    await q.syncDue()
    expect((await db.sales.get(sale.client_id))).toMatchObject({ status: "pending", attempts: 2, next_attempt_at: clock + 4_000 })
    await q.kick()
    expect((await db.sales.get(sale.client_id))?.status).toBe("synced")
  })

  it("sends the oldest first and one at a time, even when asked twice at once", async () => {
    for (let i = 1; i <= 3; i++) await recordSale(db, draft(`01JD000000000000000000000${i}`), receipt, new Date(Date.UTC(2026, 11, 2, 3, i)))
    const q = queue()
    await Promise.all([q.syncDue(), q.syncDue()])
    expect(salePosts().map((r) => (r.body as { receipt_number: string }).receipt_number)).toEqual(["BT1-000001", "BT1-000002", "BT1-000003"])
  })
})

describe("backoffMs", () => {
  it("doubles from 2 s up to 5 minutes, with ±20 % jitter", () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.5))).toEqual([2_000, 4_000, 8_000, 16_000])
    expect(backoffMs(20, () => 0.5)).toBe(300_000)
    expect(backoffMs(1, () => 0)).toBe(1_600)
    expect(backoffMs(1, () => 1)).toBe(2_400)
  })
})
