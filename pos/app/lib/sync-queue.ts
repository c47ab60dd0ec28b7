import { ApiError, isTransient, type Api } from "./api/client"
import type { SaleBody } from "./api/types"
import type { LocalSale, PosDb } from "./db"
import { formatReceiptNumber, receiptPrefix } from "./receipt-number"
import type { ReceiptView } from "./receipt-view"

/**
 * Local-first sales. A completed sale is written to IndexedDB, with its receipt number, before
 * its receipt prints (`recordSale`); the queue then sends it to POST /pos/sales, which is
 * idempotent on client_id, so sending again after a lost answer is safe. A backend that cannot
 * be reached (or is busy) means try again later, with backoff; a refusal (409 out_of_stock,
 * price_changed, …) keeps the sale as `failed`, with the backend's sentence, for the clerk.
 */

export type SaleDraft = Omit<SaleBody, "receipt_number">

/** Takes this till's next receipt number and stores the sale, in one transaction. */
export async function recordSale(db: PosDb, draft: SaleDraft, receipt: Omit<ReceiptView, "receipt_number">, now = new Date()): Promise<LocalSale> {
  return db.transaction("rw", db.kv, db.sales, async () => {
    const sequences = (await db.read("receipt_sequence")) ?? {}
    const next = (sequences[draft.till_id] ?? 0) + 1
    const receipt_number = formatReceiptNumber(draft.till_id, next)
    await db.write("receipt_sequence", { ...sequences, [draft.till_id]: next })
    const sale: LocalSale = {
      client_id: draft.client_id,
      receipt_number,
      till_id: draft.till_id,
      status: "pending",
      attempts: 0,
      next_attempt_at: 0,
      created_at: now.toISOString(),
      body: { ...draft, receipt_number },
      receipt: { ...receipt, receipt_number },
    }
    await db.sales.add(sale)
    return sale
  })
}

/**
 * Carries the till's sequence on from the last receipt number the backend holds for it, so a
 * device set up again as an existing till (storage cleared, a new tablet) never reuses a
 * number: receipt numbers are unique across the centre and a reused one would be refused.
 * Only ever moves the sequence forward; numbers on sales still queued here are higher anyway.
 */
export async function resumeReceiptSequence(db: PosDb, tillId: string, lastReceiptNumber: string | null): Promise<number> {
  return db.transaction("rw", db.kv, async () => {
    const sequences = (await db.read("receipt_sequence")) ?? {}
    const local = sequences[tillId] ?? 0
    const match = lastReceiptNumber?.match(/^([A-Z0-9]+)-(\d+)$/)
    const remote = match && match[1] === receiptPrefix(tillId) ? Number(match[2]) : 0
    if (remote > local) await db.write("receipt_sequence", { ...sequences, [tillId]: remote })
    return Math.max(local, remote)
  })
}

export type SyncState = { running: boolean; authLost: boolean; lastRunAt: number | null }

export type SyncQueueOptions = {
  db: PosDb
  api: Pick<Api, "createSale">
  now?: () => number
  /** 0-1, for the jitter; injectable so tests are exact. */
  random?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

/** 2 s, 4 s, 8 s … up to 5 minutes, ±20 % so many tills coming back online do not retry in step. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(5 * 60_000, 2_000 * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + 0.4 * random()))
}

export function createSyncQueue({ db, api, now = Date.now, random = Math.random, setTimer = (fn, ms) => setTimeout(fn, ms), clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>) }: SyncQueueOptions) {
  let state: SyncState = { running: false, authLost: false, lastRunAt: null }
  const listeners = new Set<(s: SyncState) => void>()
  let timer: unknown = null
  let started = false
  let current: Promise<void> | null = null

  const set = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch }
    listeners.forEach((l) => l(state))
  }

  async function send(sale: LocalSale): Promise<"ok" | "auth" | "later" | "failed"> {
    try {
      const { sale: answered } = await api.createSale(sale.body)
      await db.sales.update(sale.client_id, { status: "synced", sale: answered, error: undefined, attempts: sale.attempts + 1 })
      return "ok"
    } catch (e) {
      const attempts = sale.attempts + 1
      if (e instanceof ApiError && e.status === 401) {
        // The token expired: keep the sale, send it once the clerk has signed in again.
        set({ authLost: true })
        return "auth"
      }
      if (isTransient(e)) {
        await db.sales.update(sale.client_id, { attempts, next_attempt_at: now() + backoffMs(attempts, random) })
        return "later"
      }
      const error = e instanceof ApiError
        ? { status: e.status, code: e.code, sentence: e.sentence, message: e.message }
        : { status: 0, code: null, sentence: null, message: String((e as Error)?.message ?? e) }
      await db.sales.update(sale.client_id, { status: "failed", attempts, error })
      return "failed"
    }
  }

  /** Sends every pending sale that is due, oldest first, one at a time. */
  async function syncDue(): Promise<void> {
    if (current) return current
    current = (async () => {
      set({ running: true })
      try {
        const due = (await db.sales.where("status").equals("pending").sortBy("created_at")).filter((s) => s.next_attempt_at <= now())
        for (const sale of due) {
          if (state.authLost) break
          // A network failure for one sale is one for the next: stop and wait for the backoff.
          const outcome = await send(sale)
          if (outcome === "auth" || outcome === "later") break
        }
      } finally {
        current = null
        set({ running: false, lastRunAt: now() })
        schedule()
      }
    })()
    return current
  }

  async function schedule() {
    if (!started) return
    if (timer !== null) clearTimer(timer)
    timer = null
    const pending = await db.sales.where("status").equals("pending").toArray()
    if (pending.length === 0 || state.authLost) return
    const wait = Math.max(0, Math.min(...pending.map((s) => s.next_attempt_at)) - now())
    timer = setTimer(() => {
      timer = null
      void syncDue()
    }, Math.max(wait, 250))
  }

  return {
    syncDue,
    /** Sync now and keep syncing whatever is pending, at its backoff. */
    start() {
      started = true
      // A fresh start (after signing in again) may send what an expired session held back.
      set({ authLost: false })
      return syncDue()
    },
    stop() {
      started = false
      if (timer !== null) clearTimer(timer)
      timer = null
    },
    /** A sale was recorded, the network came back or the clerk signed in again: try now. */
    async kick() {
      set({ authLost: false })
      await db.sales.where("status").equals("pending").modify({ next_attempt_at: 0 })
      return syncDue()
    },
    /** The clerk chose to send a refused sale again (after fixing the stock, say). */
    async retry(clientId: string) {
      await db.sales.update(clientId, { status: "pending", next_attempt_at: 0, error: undefined })
      return syncDue()
    },
    /** The clerk settled a refused sale outside the till (voided, refunded): it is no longer sent. */
    async resolve(clientId: string, resolution: string) {
      await db.sales.update(clientId, { status: "resolved", resolution })
    },
    get state() {
      return state
    },
    subscribe(listener: (s: SyncState) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type SyncQueue = ReturnType<typeof createSyncQueue>
