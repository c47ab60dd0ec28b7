import { ApiError, isTransient, type Api } from "./api/client"
import type { BatchResult, SaleBody } from "./api/types"
import type { LocalReturn, LocalSale, PosDb } from "./db"
import { pendingInOrder } from "./outbox"

/**
 * Sends what the till took (outbox.ts) to the backend, strictly in the order it was taken: sales
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
  api: Pick<Api, "createSale" | "createSales" | "createReturn">
  now?: () => number
  /** 0-1, for the jitter; injectable so tests are exact. */
  random?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  /** Defaults to navigator.locks where the browser has it; without one, this tab sends alone. */
  locks?: LockManagerLike | null
}

type Outcome = "ok" | "auth" | "later"

/** 2 s, 4 s, 8 s … up to 5 minutes, ±20 % so many tills coming back online do not retry in step. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(5 * 60_000, 2_000 * 2 ** Math.max(0, attempts - 1))
  return Math.round(base * (0.8 + 0.4 * random()))
}

/** Not decided yet: send the same row again later. */
function later(e: unknown): boolean {
  return isTransient(e) || (e instanceof ApiError && e.code === "sale_not_synced")
}

function refusalOf(e: unknown): NonNullable<LocalSale["error"]> {
  return e instanceof ApiError
    ? { status: e.status, code: e.code, sentence: e.sentence, message: e.message }
    : { status: 0, code: null, sentence: null, message: String((e as Error)?.message ?? e) }
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
  // Learned once per page: a backend without the batch route answers 404.
  let batchRoute = true
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

  async function saleSynced(sale: LocalSale, answered: NonNullable<LocalSale["sale"]>) {
    await db.transaction("rw", db.sales, db.kv, async () => {
      await db.sales.update(sale.client_id, { status: "synced", sale: answered, error: undefined, attempts: sale.attempts + 1 })
      await countDone()
    })
  }

  async function retryLater(table: "sales" | "returns", row: LocalSale | LocalReturn) {
    const attempts = row.attempts + 1
    await db[table].update(row.client_id, { attempts, next_attempt_at: now() + backoffMs(attempts, random) })
  }

  async function refused(table: "sales" | "returns", row: LocalSale | LocalReturn, error: NonNullable<LocalSale["error"]>) {
    await db[table].update(row.client_id, { status: "failed", attempts: row.attempts + 1, error })
  }

  /** What an error means for the row: wait, pause for sign-in, or keep it as refused. */
  async function failed(table: "sales" | "returns", row: LocalSale | LocalReturn, e: unknown): Promise<Outcome> {
    if (e instanceof ApiError && e.status === 401) {
      // The token expired: keep the row, send it once the clerk has signed in again.
      set({ authLost: true })
      return "auth"
    }
    if (later(e)) {
      await retryLater(table, row)
      return "later"
    }
    await refused(table, row, refusalOf(e))
    return "ok"
  }

  async function sendOne(sale: LocalSale): Promise<Outcome> {
    try {
      const { sale: answered } = await api.createSale(sale.body)
      await saleSynced(sale, answered)
      return "ok"
    } catch (e) {
      return failed("sales", sale, e)
    }
  }

  async function sendBatch(sales: LocalSale[]): Promise<Outcome> {
    let results: BatchResult[]
    try {
      results = (await api.createSales(sales.map((s) => s.body as SaleBody))).results
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        batchRoute = false
        return sendOne(sales[0]!)
      }
      if (e instanceof ApiError && e.status === 400) {
        // The batch as a whole was refused (one body the route cannot read): each on its own, so
        // the one at fault is kept with its own sentence and the others go through.
        return sendOne(sales[0]!)
      }
      return failed("sales", sales[0]!, e)
    }
    let outcome: Outcome = "ok"
    for (const sale of sales) {
      const r = results.find((x) => x.client_id === sale.client_id)
      // No word on it (a shorter answer): it stays pending and goes in the next batch.
      if (!r) {
        outcome = "later"
        break
      }
      if ((r.status === 200 || r.status === 201) && r.sale) {
        await saleSynced(sale, r.sale)
        continue
      }
      const e = new ApiError(r.status, r.code ?? null, r.sentence ?? r.message ?? null, r.message ?? "", r)
      const o = await failed("sales", sale, e)
      // Transient for this one: the rest of the answer is still the backend's word on the others.
      if (o !== "ok") outcome = outcome === "auth" ? "auth" : o
    }
    return outcome
  }

  async function sendReturn(row: LocalReturn): Promise<Outcome> {
    const sale = row.sale_client_id ? await db.sales.get(row.sale_client_id) : undefined
    if (sale && (sale.status === "failed" || sale.status === "resolved")) {
      // Its sale was refused: the backend will never have it. The clerk settles both.
      await refused("returns", row, { status: 0, code: "sale_refused", sentence: null, message: `Sale ${sale.receipt_number} was refused` })
      return "ok"
    }
    const ref = row.sale_id ?? sale?.sale?.id ?? row.sale_client_id ?? row.receipt_number
    try {
      const answer = await api.createReturn(ref, row.body)
      await db.transaction("rw", db.returns, db.sales, db.kv, async () => {
        await db.returns.update(row.client_id, { status: "synced", answer: answer.return, sale_id: answer.sale.id, error: undefined, attempts: row.attempts + 1 })
        if (sale) await db.sales.update(sale.client_id, { sale: answer.sale })
        await countDone()
      })
      return "ok"
    } catch (e) {
      return failed("returns", row, e)
    }
  }

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
      if (head.kind === "return") outcome = await sendReturn(head.row)
      else if (!batchRoute) outcome = await sendOne(head.row)
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
    db.transaction("rw", db.sales, db.returns, async () => {
      await db.sales.where("status").equals("pending").modify({ next_attempt_at: 0 })
      await db.returns.where("status").equals("pending").modify({ next_attempt_at: 0 })
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
      if (!(await db.sales.update(clientId, patch))) await db.returns.update(clientId, patch)
      return syncDue()
    },
    /** The clerk settled a refused sale or return outside the till (voided, refunded): it is no longer sent. */
    async resolve(clientId: string, resolution: string) {
      if (!(await db.sales.update(clientId, { status: "resolved", resolution }))) await db.returns.update(clientId, { status: "resolved", resolution })
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
