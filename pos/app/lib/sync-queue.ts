import type { Api } from "./api/client"
import type { LocalSale, PosDb } from "./db"
import { pendingInOrder } from "./outbox"
import { createSenders, type Outcome } from "./sync-senders"

export { backoffMs } from "./sync-senders"

/**
 * Sends what the till took (outbox.ts) to the backend, strictly in the order it was taken: a
 * shift opened offline (`POST /pos/shifts`, ahead of the sales made in it), sales
 * in batches of up to 20 (`POST /pos/sales/batch`, or one by one to `POST /pos/sales` on a
 * backend without it), each return in its place (`POST /pos/sales/:ref/returns`). Everything
 * is idempotent on client_id and each row keeps its body, so a lost answer is sent again safely.
 * Nothing lives only in memory: a reload, or another tab, picks the queue up where it stood.
 *
 * - unreachable, 5xx, 408, 429, `in_progress`, `sale_not_synced`: stop, and try the same row
 *   again later with backoff (2 s doubling to 5 min, ±20 %); nothing behind it goes first;
 * - 401: pause until the next sign-in;
 * - any other refusal: the row is `failed`, with the backend's sentence, for the clerk.
 *
 * Only one tab of a till sends: the drain runs under the Web Lock `ocop-pos-sync:<till id>`;
 * the others show the same progress from IndexedDB (`sync_run` and the rows' statuses).
 */

export const BATCH_SIZE = 20
const OTHER_TAB_RETRY_MS = 3_000

export type SyncState = { running: boolean; authLost: boolean; lastRunAt: number | null; lastRunSynced: number; otherTab: boolean }

/** The part of the Web Locks API the queue uses (navigator.locks, or a stand-in in tests). */
export type LockManagerLike = {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown | null) => Promise<T>): Promise<T>
}

export type SyncQueueOptions = {
  db: PosDb
  api: Pick<Api, "createSale" | "createSales" | "createReturn" | "openShift">
  now?: () => number
  /** 0-1, for the jitter; injectable so tests are exact. */
  random?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  /** Defaults to navigator.locks where the browser has it; without one, this tab sends alone. */
  locks?: LockManagerLike | null
}



function defaultLocks(): LockManagerLike | null {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks
  return locks ?? null
}

export function createSyncQueue(options: SyncQueueOptions) {
  const { db, api, now = Date.now, random = Math.random, setTimer = (fn, ms) => setTimeout(fn, ms), clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>) } = options
  const locks = options.locks === undefined ? defaultLocks() : options.locks
  const tab = Math.random().toString(36).slice(2, 10)
  let state: SyncState = { running: false, authLost: false, lastRunAt: null, lastRunSynced: 0, otherTab: false }
  const listeners = new Set<(s: SyncState) => void>()
  let timer: unknown = null
  let started = false
  let current: Promise<void> | null = null
  let synced = 0

  const set = (patch: Partial<SyncState>) => {
    state = { ...state, ...patch }
    listeners.forEach((l) => l(state))
  }

  /** Counts one row done in the run every tab shows. */
  async function countDone() {
    synced++
    const run = await db.read("sync_run")
    if (run) await db.write("sync_run", { ...run, done: run.done + 1 })
  }

  const senders = createSenders({ db, api, now, random, countDone, onAuthLost: () => set({ authLost: true }) })
  const { sendOne, sendBatch, sendReturn, sendShiftOpen } = senders

  /** Sends what is due, oldest first, until the queue is empty or the head must wait. */
  async function drain(): Promise<void> {
    for (;;) {
      if (state.authLost) return
      const items = await pendingInOrder(db)
      const head = items[0]
      if (!head) {
        const run = await db.read("sync_run")
        if (run && run.finished_at === null) await db.write("sync_run", { ...run, finished_at: now(), holder: null })
        return
      }
      // Never around the head: what is behind it waits for its backoff too.
      if (head.row.next_attempt_at > now()) return
      const run = await db.read("sync_run")
      if (!run || run.finished_at !== null) await db.write("sync_run", { started_at: now(), done: 0, finished_at: null, holder: tab })
      let outcome: Outcome
      if (head.kind === "shift") outcome = await sendShiftOpen(head.row)
      else if (head.kind === "return") outcome = await sendReturn(head.row)
      else if (!senders.batchRoute) outcome = await sendOne(head.row)
      else {
        const run = items.findIndex((x) => x.kind !== "sale")
        const sales = items.slice(0, run === -1 ? BATCH_SIZE : Math.min(run, BATCH_SIZE)).map((x) => x.row as LocalSale)
        outcome = await sendBatch(sales)
      }
      if (outcome !== "ok") return
    }
  }

  async function underLock(): Promise<boolean> {
    const tillId = (await db.read("till_id")) ?? "till"
    if (!locks) {
      await drain()
      return true
    }
    return locks.request(`ocop-pos-sync:${tillId}`, { ifAvailable: true }, async (lock) => {
      if (!lock) return false
      await drain()
      return true
    })
  }

  /** Sends every pending row that is due, oldest first. */
  async function syncDue(): Promise<void> {
    if (current) return current
    // The browser knows it has no network: wait for its "online" event (the till kicks the queue then).
    if (globalThis.navigator?.onLine === false) return
    current = (async () => {
      set({ running: true })
      synced = 0
      let ran = true
      try {
        ran = await underLock()
      } finally {
        current = null
        set({ running: false, lastRunAt: now(), lastRunSynced: synced, otherTab: !ran })
        void schedule(ran ? null : OTHER_TAB_RETRY_MS)
      }
    })()
    return current
  }

  async function schedule(forced: number | null) {
    if (!started) return
    if (timer !== null) clearTimer(timer)
    timer = null
    const [head] = await pendingInOrder(db)
    if (!head || state.authLost) return
    // Another tab holds the lock: look again soon, in case it closes half-way.
    const wait = forced ?? Math.max(0, head.row.next_attempt_at - now())
    timer = setTimer(() => {
      timer = null
      void syncDue()
    }, Math.max(wait, 250))
  }

  const markDue = () =>
    db.transaction("rw", db.sales, db.returns, db.shiftOpens, async () => {
      await db.sales.where("status").equals("pending").modify({ next_attempt_at: 0 })
      await db.returns.where("status").equals("pending").modify({ next_attempt_at: 0 })
      await db.shiftOpens.where("status").equals("pending").modify({ next_attempt_at: 0 })
    })

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
    /** Something was recorded, the network came back or the clerk signed in again: try now. */
    async kick() {
      set({ authLost: false })
      await markDue()
      return syncDue()
    },
    /** The clerk chose to send a refused sale or return again (after fixing the stock, say). */
    async retry(clientId: string) {
      const patch = { status: "pending" as const, next_attempt_at: 0, error: undefined }
      if (!(await db.sales.update(clientId, patch)) && !(await db.returns.update(clientId, patch))) await db.shiftOpens.update(clientId, patch)
      return syncDue()
    },
    /** The clerk settled a refused sale or return outside the till (voided, refunded): it is no longer sent. */
    async resolve(clientId: string, resolution: string) {
      const patch = { status: "resolved" as const, resolution }
      if (!(await db.sales.update(clientId, patch)) && !(await db.returns.update(clientId, patch))) await db.shiftOpens.update(clientId, patch)
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
