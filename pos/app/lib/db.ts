import Dexie, { type Table } from "dexie"
import type { Catalogue, Me, OpenShiftBody, ReturnBody, Sale, SaleBody, SaleReturn, Shift } from "./api/types"
import type { CartState } from "./cart-state"
import type { PinHash } from "./pin"
import type { ReceiptView } from "./receipt-view"

/**
 * The till's IndexedDB (Dexie): the durable queue of shifts opened offline, sales and returns, and a few keyed values (the session,
 * this device's till id and receipt sequence, PIN hashes, settings, the open cart, the last
 * catalogue as an offline hint).
 */
export type SaleStatus = "pending" | "synced" | "failed" | "resolved"

export type LocalSale = {
  client_id: string
  /** Place in the one ordered queue of sales and returns (from `queue_seq`). */
  seq: number
  receipt_number: string
  till_id: string
  status: SaleStatus
  attempts: number
  /** Epoch ms before which the queue does not send this sale again (backoff). */
  next_attempt_at: number
  created_at: string
  body: SaleBody
  /** The receipt as printed at the counter. */
  receipt: ReceiptView
  /** The backend's answer once synced (with receipt_url). */
  sale?: Sale
  /** Why the backend refused it, for the clerk to resolve. */
  error?: { status: number; code: string | null; sentence: string | null; message: string }
  resolution?: string
}

export type ReturnLine = { variant_id: string; quantity: number; amount: number; title_vi: string; title_en: string }

/** A return taken at this till, queued after its sale and sent to POST /pos/sales/:ref/returns. */
export type LocalReturn = {
  client_id: string
  seq: number
  /** The sale returned: its client_id (this till's own sales) and its backend id once known. */
  sale_client_id: string | null
  sale_id: string | null
  receipt_number: string
  status: SaleStatus
  attempts: number
  next_attempt_at: number
  created_at: string
  body: ReturnBody
  /** What came back, as the clerk saw it (the refund is an estimate until the backend answers). */
  lines: ReturnLine[]
  amount: number
  answer?: SaleReturn
  error?: LocalSale["error"]
  resolution?: string
}

/** A shift opened while offline, queued ahead of the sales made in it (POST /pos/shifts). */
export type LocalShiftOpen = {
  client_id: string
  seq: number
  status: SaleStatus
  attempts: number
  next_attempt_at: number
  created_at: string
  body: OpenShiftBody
  answer?: Shift
  error?: LocalSale["error"]
  resolution?: string
}

/** The sync run now under way (or the last one), for every tab of this till to show. */
export type SyncRun = { started_at: number; done: number; finished_at: number | null; holder: string | null }

export type KvValues = {
  token: string
  me: Me
  till_id: string
  locale: "vi" | "en"
  idle_minutes: number
  /** PIN hashes by clerk id: each clerk who signs in on this device sets their own. */
  pins: Record<string, PinHash>
  /** Survives a reload: a locked till stays locked. */
  locked: boolean
  /** The last receipt sequence used, by till id. */
  receipt_sequence: Record<string, number>
  cart: CartState
  /** Pinned product ids of this till's favourites grid. */
  favourites: string[]
  catalogue: Catalogue
  shift: Shift | null
  /** The last place given in the queue of sales and returns. */
  queue_seq: number
  sync_run: SyncRun
}

type KvRow = { key: string; value: unknown }

export class PosDb extends Dexie {
  kv!: Table<KvRow, string>
  sales!: Table<LocalSale, string>
  returns!: Table<LocalReturn, string>
  shiftOpens!: Table<LocalShiftOpen, string>

  constructor(name = "ocop-pos") {
    super(name)
    this.version(1).stores({ kv: "key", sales: "client_id, &receipt_number, status, created_at" })
    // Returns join the sales in one ordered queue: each row takes the next `queue_seq`.
    this.version(2)
      .stores({ kv: "key", sales: "client_id, &receipt_number, status, created_at, seq", returns: "client_id, status, seq, sale_client_id, sale_id" })
      .upgrade(async (tx) => {
        let seq = 0
        await tx.table("sales").orderBy("created_at").modify((s: LocalSale) => {
          s.seq = ++seq
        })
        await tx.table("kv").put({ key: "queue_seq", value: seq })
      })
    // A shift opened offline goes in the same queue, ahead of its sales.
    this.version(3).stores({ shiftOpens: "client_id, status, seq" })
  }

  /** The next place in the queue; call inside a transaction over `kv`. */
  async nextSeq(): Promise<number> {
    const seq = ((await this.read("queue_seq")) ?? 0) + 1
    await this.write("queue_seq", seq)
    return seq
  }

  async read<K extends keyof KvValues>(key: K): Promise<KvValues[K] | undefined> {
    return (await this.kv.get(key))?.value as KvValues[K] | undefined
  }

  async write<K extends keyof KvValues>(key: K, value: KvValues[K]): Promise<void> {
    await this.kv.put({ key, value })
  }

  async forget(key: keyof KvValues): Promise<void> {
    await this.kv.delete(key)
  }
}
