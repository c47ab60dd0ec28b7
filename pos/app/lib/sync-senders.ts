import { ApiError, isTransient, type Api } from "./api/client"
import type { BatchResult, SaleBody } from "./api/types"
import type { LocalReturn, LocalSale, LocalShiftOpen, PosDb } from "./db"

/**
 * How the queue (sync-queue.ts) sends one row of each kind, and what each answer means for it:
 * synced (with the backend's answer), later (with backoff), paused for sign-in, or refused
 * with the backend's sentence for the clerk.
 */
export type Outcome = "ok" | "auth" | "later"

type SenderOptions = {
  db: PosDb
  api: Pick<Api, "createSale" | "createSales" | "createReturn" | "openShift">
  now: () => number
  random: () => number
  /** One row done, in the run every tab shows. */
  countDone: () => Promise<void>
  /** A 401: the session expired; the queue pauses until the next sign-in. */
  onAuthLost: () => void
}

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

export function createSenders({ db, api, now, random, countDone, onAuthLost }: SenderOptions) {
  // Learned once per page: a backend without the batch route answers 404.
  let batchRoute = true

  async function saleSynced(sale: LocalSale, answered: NonNullable<LocalSale["sale"]>) {
    await db.transaction("rw", db.sales, db.kv, async () => {
      await db.sales.update(sale.client_id, { status: "synced", sale: answered, error: undefined, attempts: sale.attempts + 1 })
      await countDone()
    })
  }

  type Table = "sales" | "returns" | "shiftOpens"
  type Row = LocalSale | LocalReturn | LocalShiftOpen

  async function retryLater(table: Table, row: Row) {
    const attempts = row.attempts + 1
    await db[table].update(row.client_id, { attempts, next_attempt_at: now() + backoffMs(attempts, random) })
  }

  async function refused(table: Table, row: Row, error: NonNullable<LocalSale["error"]>) {
    await db[table].update(row.client_id, { status: "failed", attempts: row.attempts + 1, error })
  }

  /** What an error means for the row: wait, pause for sign-in, or keep it as refused. */
  async function failed(table: Table, row: Row, e: unknown): Promise<Outcome> {
    if (e instanceof ApiError && e.status === 401) {
      // The token expired: keep the row, send it once the clerk has signed in again.
      onAuthLost()
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

  /**
   * A shift opened offline: once the backend has it, the till's shift becomes the backend's (its
   * id from then on); the sales already queued keep naming it by its client id.
   */
  async function sendShiftOpen(row: LocalShiftOpen): Promise<Outcome> {
    try {
      const { shift } = await api.openShift(row.body)
      await db.transaction("rw", db.shiftOpens, db.kv, async () => {
        await db.shiftOpens.update(row.client_id, { status: "synced", answer: shift, error: undefined, attempts: row.attempts + 1 })
        const current = await db.read("shift")
        if (current?.id === row.client_id) await db.write("shift", shift)
        await countDone()
      })
      return "ok"
    } catch (e) {
      return failed("shiftOpens", row, e)
    }
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

  return {
    sendOne,
    sendBatch,
    sendReturn,
    sendShiftOpen,
    get batchRoute() {
      return batchRoute
    },
  }
}
