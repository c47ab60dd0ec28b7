import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { api, at, BASE, draft, id, queue, receipt, routes, salePosts, server, t, useQueueFixture } from "../../test/queue-fixture"
import { decideBatch, note, posApi, TOKEN } from "../../test/mocks/pos-api"
import { createApi } from "./api/client"
import { PosDb } from "./db"
import type { SaleBody } from "./api/types"
import { recordReturn, recordSale } from "./outbox"
import { backoffMs, createSyncQueue } from "./sync-queue"

useQueueFixture()

describe("sync queue", () => {
  it("sends pending sales and keeps the backend's answer", async () => {
    const sale = await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    await queue().syncDue()
    const stored = await t.db.sales.get(sale.client_id)
    expect(stored?.status).toBe("synced")
    expect(stored?.sale?.receipt_url).toContain("/receipts/BT1-000001")
    expect(salePosts()).toHaveLength(1)
    expect(await t.db.read("sync_run")).toMatchObject({ done: 1, finished_at: t.clock })
  })

  it("drains in order, in batches of 20, each return in its place after its sale", async () => {
    for (let i = 1; i <= 30; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    await recordReturn(t.db, offlineReturn("01JDRET0000000000000000001", id(30)))
    for (let i = 31; i <= 45; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    await queue().syncDue()
    expect(routes()).toEqual(["/pos/sales/batch", "/pos/sales/batch", "/pos/sales/:ref/returns", "/pos/sales/batch"])
    expect(salePosts().map((b) => b.receipt_number)).toEqual(Array.from({ length: 45 }, (_, i) => `BT1-${String(i + 1).padStart(6, "0")}`))
    const ret = posApi.received.find((r) => r.path.endsWith("/returns"))!
    // Taken before its sale was on the backend: lines by variant; by the time it goes, its sale has its id.
    expect(ret.path).toBe("/pos/sales/psale_0030/returns")
    expect(ret.body).toMatchObject({ offline: true, returned_at: "2026-12-02T03:10:00.000Z", lines: [{ variant_id: "variant_vase_1", quantity: 1 }] })
    expect((await t.db.returns.get("01JDRET0000000000000000001"))?.status).toBe("synced")
    expect(posApi.state.sales).toHaveLength(45)
    expect(await t.db.read("sync_run")).toMatchObject({ done: 46 })
  })

  it("falls back to one POST /pos/sales at a time, in order, when the batch route answers 404", async () => {
    server.use(http.post("*/pos/sales/batch", async ({ request }) => (await note(request), HttpResponse.json({ type: "not_found", message: "Cannot POST" }, { status: 404 }))))
    for (let i = 1; i <= 3; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    await queue().syncDue()
    expect(routes()).toEqual(["/pos/sales/batch", "/pos/sales", "/pos/sales", "/pos/sales"])
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(3)
  })

  it("stops at a transient failure, retries with backoff and never sends what is behind it first", async () => {
    for (let i = 1; i <= 3; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    server.use(http.post("*/pos/sales/batch", () => HttpResponse.error()))
    const q = queue()
    await q.syncDue()
    expect(await t.db.sales.get(id(1))).toMatchObject({ status: "pending", attempts: 1, next_attempt_at: t.clock + 2_000 })
    // Not due yet: nothing is sent, not even the rows behind the one waiting.
    server.resetHandlers()
    posApi.received = []
    await q.syncDue()
    expect(salePosts()).toHaveLength(0)
    t.clock += 2_000
    await q.syncDue()
    expect(salePosts().map((b) => b.client_id)).toEqual([id(1), id(2), id(3)])
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(3)
  })

  it("sends again after a lost answer with the same client ids and bodies, and the backend keeps one sale each", async () => {
    for (let i = 1; i <= 3; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    // The batch reached the backend, but its answer never reached the till.
    server.use(http.post("*/pos/sales/batch", async ({ request }) => {
      decideBatch(await batchOf(request))
      return HttpResponse.error()
    }, { once: true }))
    const q = queue()
    await q.syncDue()
    expect(await t.db.sales.where("status").equals("pending").count()).toBe(3)
    const first = salePosts().slice(0, 3)
    await q.kick()
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(3)
    expect(posApi.state.sales).toHaveLength(3)
    // What went the second time is what went the first.
    expect(salePosts().slice(-3)).toEqual(first)
  })

  it("keeps a sale the backend refuses as failed, with its sentence, and does not send it again by itself", async () => {
    posApi.state.products[0]!.variants[0]!.available = 2
    const sale = await recordSale(t.db, draft("01JD0000000000000000000001", 3), receipt)
    const after = await recordSale(t.db, draft("01JD0000000000000000000002", 1), receipt)
    const q = queue()
    await q.syncDue()
    const stored = await t.db.sales.get(sale.client_id)
    expect(stored?.status).toBe("failed")
    expect(stored?.error).toMatchObject({ status: 409, code: "out_of_stock" })
    expect(stored?.error?.sentence).toContain("chỉ còn 2")
    // A refusal is not a reason to hold back the rest.
    expect((await t.db.sales.get(after.client_id))?.status).toBe("synced")
    t.clock += 3_600_000
    await q.syncDue()
    expect(salePosts()).toHaveLength(2)

    // The clerk restocks and sends it again, or settles it outside the till.
    posApi.state.products[0]!.variants[0]!.available = 5
    await q.retry(sale.client_id)
    expect((await t.db.sales.get(sale.client_id))?.status).toBe("synced")
  })

  it("keeps a sale taken offline after the stock ran out: synced, with the backend's conflict", async () => {
    posApi.state.products[0]!.variants[0]!.available = 1
    const sale = await recordSale(t.db, { ...draft(id(1), 3), offline: true }, receipt)
    await queue().syncDue()
    const stored = await t.db.sales.get(sale.client_id)
    expect(stored?.status).toBe("synced")
    expect(stored?.sale?.conflict).toMatchObject({ kind: "out_of_stock", lines: [{ variant_id: "variant_vase_1", wanted: 3, available: 1 }] })
    expect(salePosts()[0]).toMatchObject({ offline: true })
  })

  it("keeps a price_changed sale as failed too", async () => {
    const sale = await recordSale(t.db, draft("01JD0000000000000000000001", 1, 400_000), receipt)
    await queue().syncDue()
    expect((await t.db.sales.get(sale.client_id))?.error?.code).toBe("price_changed")
    await queue().resolve(sale.client_id, "Đã hoàn tiền chênh lệch")
    expect((await t.db.sales.get(sale.client_id))?.status).toBe("resolved")
  })

  it("holds a return the backend answers sale_not_synced, and the rows behind it, until its sale is there", async () => {
    // A return for a sale this device does not hold (its storage was cleared), not on the backend yet.
    await recordReturn(t.db, offlineReturn("01JDRET0000000000000000001", "01JDOTHERTILL0000000000001"))
    await recordSale(t.db, draft(id(2)), receipt, at(2))
    const q = queue()
    await q.syncDue()
    expect(await t.db.returns.get("01JDRET0000000000000000001")).toMatchObject({ status: "pending", attempts: 1 })
    expect(salePosts()).toHaveLength(0)
    await api.createSale({ ...draft("01JDOTHERTILL0000000000001"), receipt_number: "BT2-000001" })
    t.clock += 2_000
    await q.syncDue()
    expect(await t.db.returns.get("01JDRET0000000000000000001")).toMatchObject({ status: "synced", sale_id: "psale_0001" })
    expect(posApi.received.filter((r) => r.path.endsWith("/returns")).map((r) => r.path)).toEqual(["/pos/sales/01JDOTHERTILL0000000000001/returns", "/pos/sales/01JDOTHERTILL0000000000001/returns"])
    expect(await t.db.sales.get(id(2))).toMatchObject({ status: "synced" })
  })

  it("stops on an expired session and keeps the sales for after the next sign-in", async () => {
    await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    await recordSale(t.db, draft("01JD0000000000000000000002"), receipt)
    const expired = createSyncQueue({ db: t.db, api: createApi({ baseUrl: BASE, token: () => "old" }), now: () => t.clock, locks: null })
    await expired.syncDue()
    expect(expired.state.authLost).toBe(true)
    expect(await t.db.sales.where("status").equals("pending").count()).toBe(2)
    expect(posApi.received.filter((r) => r.path.startsWith("/pos/sales"))).toHaveLength(1)
    await queue().syncDue()
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(2)
  })

  it("sends what an expired session held back once the queue starts again with a new token", async () => {
    let token = "old"
    const q = createSyncQueue({ db: t.db, api: createApi({ baseUrl: BASE, token: () => token }), now: () => t.clock, setTimer: () => null, clearTimer: () => {}, locks: null })
    await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    await q.start()
    expect(q.state.authLost).toBe(true)
    token = TOKEN
    await q.start()
    q.stop()
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(1)
  })

  it("treats a 5xx and the backend's in_progress, for the batch or one of its sales, as try-again-later", async () => {
    const sale = await recordSale(t.db, draft("01JD0000000000000000000001"), receipt)
    server.use(http.post("*/pos/sales/batch", () => HttpResponse.json({ results: [{ client_id: sale.client_id, status: 409, code: "in_progress", message: "…" }] }), { once: true }))
    const q = queue()
    await q.syncDue()
    expect((await t.db.sales.get(sale.client_id))?.status).toBe("pending")
    server.use(http.post("*/pos/sales/batch", () => HttpResponse.json({ message: "boom" }, { status: 503 }), { once: true }))
    t.clock += 2_000
    await q.syncDue()
    expect((await t.db.sales.get(sale.client_id))).toMatchObject({ status: "pending", attempts: 2, next_attempt_at: t.clock + 4_000 })
    await q.kick()
    expect((await t.db.sales.get(sale.client_id))?.status).toBe("synced")
  })

  it("sends the oldest first and one drain at a time, even when asked twice at once", async () => {
    for (let i = 1; i <= 3; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    const q = queue()
    await Promise.all([q.syncDue(), q.syncDue()])
    expect(salePosts().map((b) => b.receipt_number)).toEqual(["BT1-000001", "BT1-000002", "BT1-000003"])
    expect(routes()).toHaveLength(1)
  })

  it("resumes where it stood with a new queue on the same database (a reload half-way)", async () => {
    for (let i = 1; i <= 25; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    // The first batch goes through; the page is gone before the second one's answer.
    let batches = 0
    server.use(http.post("*/pos/sales/batch", async ({ request }) => {
      const results = decideBatch(await batchOf(request))
      return ++batches === 1 ? HttpResponse.json({ results }) : HttpResponse.error()
    }))
    await queue().syncDue()
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(20)
    server.resetHandlers()
    const reopened = new PosDb(t.db.name)
    await createSyncQueue({ db: reopened, api, now: () => t.clock + 60_000, random: () => 0.5, locks: null }).syncDue()
    reopened.close()
    expect(await t.db.sales.where("status").equals("synced").count()).toBe(25)
    expect(posApi.state.sales).toHaveLength(25)
    expect(new Set(posApi.state.sales.map((s) => s.client_id)).size).toBe(25)
    expect(await t.db.read("sync_run")).toMatchObject({ done: 25 })
  })

  it("lets only one of two queues on one till's database send at a time (Web Locks)", async () => {
    for (let i = 1; i <= 45; i++) await recordSale(t.db, draft(id(i)), receipt, at(i))
    const locks = memoryLocks()
    let inFlight = 0
    let most = 0
    server.use(http.post("*/pos/sales/batch", async ({ request }) => {
      most = Math.max(most, ++inFlight)
      await new Promise((r) => setTimeout(r, 20))
      const results = decideBatch(await batchOf(request))
      inFlight--
      return HttpResponse.json({ results })
    }))
    const tabA = createSyncQueue({ db: t.db, api, now: () => t.clock, locks })
    const tabB = createSyncQueue({ db: new PosDb(t.db.name), api, now: () => t.clock, locks })
    await Promise.all([tabA.syncDue(), tabB.syncDue(), tabB.syncDue()])
    expect(most).toBe(1)
    expect([tabA.state.otherTab, tabB.state.otherTab].sort()).toEqual([false, true])
    expect(locks.names).toEqual(["ocop-pos-sync:till"])
    expect(posApi.state.sales).toHaveLength(45)
    expect(salePosts()).toHaveLength(45)
  })
})

async function batchOf(request: Request): Promise<SaleBody[]> {
  return ((await note(request)) as { sales: SaleBody[] }).sales
}

/** A return of one vase taken with no connection, for the sale with `saleClientId`. */
function offlineReturn(client_id: string, saleClientId: string) {
  return {
    body: { client_id, lines: [{ variant_id: "variant_vase_1", quantity: 1 }], refund: "cash" as const, offline: true, returned_at: "2026-12-02T03:10:00.000Z" },
    sale_client_id: saleClientId,
    sale_id: null,
    receipt_number: "BT1-000030",
    lines: [{ variant_id: "variant_vase_1", quantity: 1, amount: 450_000, title_vi: "Bình", title_en: "Vase" }],
    amount: 450_000,
  }
}

/** navigator.locks' exclusive `ifAvailable` requests, in memory, shared by the queues given it. */
function memoryLocks() {
  const held = new Set<string>()
  const names: string[] = []
  return {
    names,
    async request<T>(name: string, _options: { ifAvailable: true }, callback: (lock: unknown | null) => Promise<T>): Promise<T> {
      if (!names.includes(name)) names.push(name)
      if (held.has(name)) return callback(null)
      held.add(name)
      try {
        return await callback({ name })
      } finally {
        held.delete(name)
      }
    },
  }
}

describe("backoffMs", () => {
  it("doubles from 2 s up to 5 minutes, with ±20 % jitter", () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, () => 0.5))).toEqual([2_000, 4_000, 8_000, 16_000])
    expect(backoffMs(20, () => 0.5)).toBe(300_000)
    expect(backoffMs(1, () => 0)).toBe(1_600)
    expect(backoffMs(1, () => 1)).toBe(2_400)
  })
})
