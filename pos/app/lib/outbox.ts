import type { OpenShiftBody, ReturnBody, SaleBody, Shift } from "./api/types"
import type { LocalReturn, LocalSale, LocalShiftOpen, PosDb, ReturnLine } from "./db"
import { formatReceiptNumber, receiptPrefix } from "./receipt-number"
import type { ReceiptView } from "./receipt-view"

/**
 * What the till has taken and the backend must hear of, in the order it happened: shifts opened
 * offline, sales (with their receipt numbers) and returns, each written to IndexedDB before the clerk sees it done,
 * each with its place (`seq`) in the one queue that `sync-queue.ts` drains.
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
      seq: await db.nextSeq(),
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

export type ReturnDraft = {
  body: ReturnBody
  sale_client_id: string | null
  sale_id: string | null
  receipt_number: string
  lines: ReturnLine[]
  amount: number
}

/** Queues a return after everything taken before it (its sale included, if that is still queued). */
export async function recordReturn(db: PosDb, draft: ReturnDraft, now = new Date()): Promise<LocalReturn> {
  return db.transaction("rw", db.kv, db.returns, async () => {
    const row: LocalReturn = {
      ...draft,
      client_id: draft.body.client_id,
      seq: await db.nextSeq(),
      status: "pending",
      attempts: 0,
      next_attempt_at: 0,
      created_at: now.toISOString(),
    }
    await db.returns.put(row)
    return row
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

/**
 * Opens a shift on this device with no network: queued ahead of the sales made in it, and the
 * till's shift from now on. Until the backend accepts it, the shift is known by its client id,
 * which the sales carry as their shift_id (the backend resolves either, decision 22).
 */
export async function recordShiftOpen(db: PosDb, body: Omit<OpenShiftBody, "offline" | "opened_at">, now = new Date()): Promise<Shift> {
  const opened_at = now.toISOString()
  const shift: Shift = {
    id: body.client_id,
    pending: true,
    till_id: body.till_id,
    status: "open",
    opening_float: body.opening_float,
    opened_at,
    closed_at: null,
    counted: null,
    counted_total: null,
    expected_cash: null,
    difference: null,
  }
  return db.transaction("rw", db.kv, db.shiftOpens, async () => {
    const row: LocalShiftOpen = {
      client_id: body.client_id,
      seq: await db.nextSeq(),
      status: "pending",
      attempts: 0,
      next_attempt_at: 0,
      created_at: opened_at,
      body: { ...body, offline: true, opened_at },
    }
    await db.shiftOpens.put(row)
    await db.write("shift", shift)
    return shift
  })
}

export type QueueItem = { kind: "shift"; row: LocalShiftOpen } | { kind: "sale"; row: LocalSale } | { kind: "return"; row: LocalReturn }

/** Everything still to send, oldest first. */
export async function pendingInOrder(db: PosDb): Promise<QueueItem[]> {
  const [shifts, sales, returns] = await Promise.all([
    db.shiftOpens.where("status").equals("pending").toArray(),
    db.sales.where("status").equals("pending").toArray(),
    db.returns.where("status").equals("pending").toArray(),
  ])
  const items: QueueItem[] = [
    ...shifts.map((row) => ({ kind: "shift" as const, row })),
    ...sales.map((row) => ({ kind: "sale" as const, row })),
    ...returns.map((row) => ({ kind: "return" as const, row })),
  ]
  return items.sort((a, b) => a.row.seq - b.row.seq)
}
