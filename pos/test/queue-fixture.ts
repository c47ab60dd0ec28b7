import "fake-indexeddb/auto"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest"
import { createApi } from "../app/lib/api/client"
import type { SaleBody } from "../app/lib/api/types"
import { PosDb } from "../app/lib/db"
import type { SaleDraft } from "../app/lib/outbox"
import type { ReceiptView } from "../app/lib/receipt-view"
import { createSyncQueue } from "../app/lib/sync-queue"
import { posApi, posHandlers, TOKEN } from "./mocks/pos-api"

/**
 * What the queue's tests share (sync-queue.test.ts, outbox.test.ts): the msw fake of the POS
 * API, a fresh IndexedDB per test, a clock the test moves, and a queue on both.
 */
export const server = setupServer(...posHandlers)

export const t = { db: null as unknown as PosDb, clock: 0 }
let n = 0

/** Registers the hooks: call once at the top of a test file. */
export function useQueueFixture() {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  beforeEach(async () => {
    posApi.reset()
    posApi.state.products[0]!.variants[0]!.available = 1_000
    t.db = new PosDb(`test-${++n}`)
    t.clock = 1_000_000
  })
  afterEach(async () => {
    t.db.close()
    await t.db.delete()
  })
}

export const BASE = "http://till.test"
export const api = createApi({ baseUrl: BASE, token: () => TOKEN })
export const queue = () => createSyncQueue({ db: t.db, api, now: () => t.clock, random: () => 0.5, locks: null })

export function draft(client_id: string, quantity = 1, unit_price = 450_000): SaleDraft {
  return {
    client_id,
    till_id: "BT-1",
    shift_id: null,
    // Today: the fake refuses returns past the centre's return window.
    sold_at: new Date().toISOString(),
    lines: [{ variant_id: "variant_vase_1", quantity, unit_price }],
    payments: [{ method: "cash", amount: quantity * unit_price, tendered: 500_000 * quantity }],
  }
}
export const receipt = { total: 450_000 } as Omit<ReceiptView, "receipt_number">
/** Every sale body the backend received, through either route, in the order received. */
export const salePosts = () =>
  posApi.received.flatMap((r) => (r.method !== "POST" ? [] : r.path === "/pos/sales" ? [r.body as SaleBody] : r.path === "/pos/sales/batch" ? ((r.body as { sales: SaleBody[] }).sales) : []))
export const routes = () => posApi.received.filter((r) => r.method === "POST").map((r) => r.path.replace(/psale_\w+|01JD\w+/, ":ref"))
export const at = (i: number) => new Date(Date.UTC(2026, 11, 2, 3, 0, i))
export const id = (i: number) => `01JD${String(i).padStart(22, "0")}`
