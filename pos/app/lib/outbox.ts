import type { ReturnBody, SaleBody } from "./api/types"
import type { LocalReturn, LocalSale, PosDb, ReturnLine } from "./db"
import { formatReceiptNumber, receiptPrefix } from "./receipt-number"
import type { ReceiptView } from "./receipt-view"

/**
 * What the till has taken and the backend must hear of, in the order it happened: sales (with
 * their receipt numbers) and returns, each written to IndexedDB before the clerk sees it done,
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

export type QueueItem = { kind: "sale"; row: LocalSale } | { kind: "return"; row: LocalReturn }

/** Everything still to send, oldest first. */
export async function pendingInOrder(db: PosDb): Promise<QueueItem[]> {
  const [sales, returns] = await Promise.all([db.sales.where("status").equals("pending").toArray(), db.returns.where("status").equals("pending").toArray()])
  const items: QueueItem[] = [...sales.map((row) => ({ kind: "sale" as const, row })), ...returns.map((row) => ({ kind: "return" as const, row }))]
  return items.sort((a, b) => a.row.seq - b.row.seq)
}
