import Dexie, { type Table } from "dexie"
import type { Catalogue, Me, Sale, SaleBody, Shift } from "./api/types"
import type { CartState } from "./cart-state"
import type { PinHash } from "./pin"
import type { ReceiptView } from "./receipt-view"

/**
 * The till's IndexedDB (Dexie): the durable queue of sales, and a few keyed values (the session,
 * this device's till id and receipt sequence, PIN hashes, settings, the open cart, the last
 * catalogue as an offline hint).
 */
export type SaleStatus = "pending" | "synced" | "failed" | "resolved"

export type LocalSale = {
  client_id: string
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
}

type KvRow = { key: string; value: unknown }

export class PosDb extends Dexie {
  kv!: Table<KvRow, string>
  sales!: Table<LocalSale, string>

  constructor(name = "ocop-pos") {
    super(name)
    this.version(1).stores({ kv: "key", sales: "client_id, &receipt_number, status, created_at" })
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
