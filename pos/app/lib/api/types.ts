/** The shapes of docs/pos-api.md, as the till reads and sends them. Money is whole đồng. */

export type Bank = { bin: string; short_name: string | null; account_number: string; account_name: string }

export type Me = {
  clerk: { id: string; email: string; first_name: string | null; last_name: string | null; role: "clerk" | "supervisor" }
  centre: {
    id: string
    handle: string
    name_vi: string
    name_en: string
    address: string
    phone: string | null
    bank: Bank | null
    /** The centre's counter-channel key for /store/ocop/search (assumed: not yet in the contract's example). */
    publishable_key?: string | null
  }
  limits: { line_discount_percent: number; order_discount_percent: number }
  settings: {
    return_window_days: number
    /** What a till may do with no connection (docs/pos-api.md, issue 7); absent from older backends. */
    offline?: { max_sale_amount?: number; max_queued_sales?: number }
  }
}

export type CatalogueVariant = { id: string; title: string | null; sku: string | null; barcode: string | null; price: number; available: number }
export type CatalogueProduct = {
  id: string
  handle: string
  title_vi: string
  title_en: string
  thumbnail: string | null
  stars: number | null
  producer: { handle: string; name: string } | null
  variants: CatalogueVariant[]
}
export type Catalogue = { products: CatalogueProduct[]; at: string }
/**
 * `GET /pos/catalogue?since=`: everything (`full`), or what changed since: products to merge,
 * product ids to drop, and stock numbers to apply. An older backend sends no `full`: everything.
 */
export type CatalogueAnswer = {
  at: string
  full?: boolean
  products: CatalogueProduct[]
  removed?: string[]
  stock?: { variant_id: string; available: number }[]
}

export type Shift = {
  /** The backend's id; for a shift opened offline and not synced yet, its client id. */
  id: string
  /** Opened on this device while offline, not yet accepted by the backend (decision 22). */
  pending?: boolean
  till_id: string
  status: "open" | "closed"
  opening_float: number
  opened_at: string
  closed_at: string | null
  counted: Record<string, number> | null
  counted_total: number | null
  expected_cash: number | null
  difference: number | null
}

/** POST /pos/shifts. Opened offline: `offline` and when (`opened_at`). */
export type OpenShiftBody = { client_id: string; till_id: string; opening_float: number; offline?: boolean; opened_at?: string }

export type ShiftReport = {
  shift: { id: string; till_id: string; opened_at: string; closed_at: string | null; clerk: string }
  opening_float: number
  sales_count: number
  returns_count: number
  by_method: Record<PaymentMethod, number>
  cash_refunds: number
  expected_cash: number
  counted_cash: number | null
  difference: number | null
}

export type DiscountKind = "percent" | "amount"
export type Discount = { kind: DiscountKind; value: number; reason: string }

export type PaymentMethod = "cash" | "vietqr" | "card"
export type Payment =
  | { method: "cash"; amount: number; tendered: number }
  | { method: "vietqr"; amount: number; reference: string }
  | { method: "card"; amount: number; last4: string; approval_code: string }

export type SaleLineBody = { variant_id: string; quantity: number; unit_price: number; discount?: Discount }
export type SaleBody = {
  client_id: string
  till_id: string
  shift_id: string | null
  receipt_number: string
  sold_at: string
  lines: SaleLineBody[]
  order_discount?: Discount
  customer_id?: string
  note?: string
  payments: Payment[]
  /** Recorded with no connection to the backend (navigator.onLine false, or the last call failed to reach it). */
  offline?: boolean
}

export type SaleLine = {
  /** The contract's one order line item (docs/pos-api.md). */
  line_item_id: string
  /** What the backend stores today: one or two order line items per line (see returns.ts). */
  line_item_ids?: string[]
  variant_id: string
  title_vi: string
  title_en: string
  variant_title: string | null
  sku: string | null
  stars: number | null
  producer: { handle: string; name: string } | null
  quantity: number
  unit_price: number
  discount: number
  total: number
  returned: number
}

export type Sale = {
  id: string
  client_id: string
  receipt_number: string
  order_id: string | null
  centre: { handle: string; name_vi: string; name_en: string; address: string }
  clerk: string
  till_id: string
  sold_at: string
  lines: SaleLine[]
  subtotal: number
  discount_total: number
  total: number
  payments: Payment[]
  change: number
  customer_id: string | null
  note: string | null
  receipt_url: string | null
  status: string
  /** An offline sale that synced after its stock was gone: kept, and flagged for staff. */
  conflict?: StockConflict | null
}

export type StockConflict = {
  /** The most serious part: "stock" (sold offline past the stock), "withdrawn" (taken off sale
   *  since), "price" (repriced since), "receipt_number" (another device had used the number). */
  kind: string
  lines: { variant_id: string; title: string; wanted: number; available: number }[]
  /** Absent from conflicts flagged by an older backend. */
  prices?: { variant_id: string; title: string; sold_price: number; current_price: number | null }[]
  withdrawn?: { variant_id: string; title: string }[]
  status: string
  renumbered_from?: string | null
}
/** `GET /pos/conflicts?status=open`: one row per sale (its fields beyond these may vary). */
export type ConflictRow = StockConflict & { sale_id: string; receipt_number?: string; sold_at?: string; till_id?: string; note?: string | null }

/** `POST /pos/sales/batch`: one outcome per sale, in the order sent. */
export type BatchResult = { client_id: string; status: number; sale?: Sale; code?: string; message?: string; sentence?: string }

/** shift_id: the open shift whose drawer pays a cash refund (required for cash). */
export type ReturnLineBody = { line_item_id: string; quantity: number } | { variant_id: string; quantity: number }
/** Offline (queued) returns name lines by variant and carry when they were taken. */
export type ReturnBody = { client_id: string; shift_id?: string; lines: ReturnLineBody[]; refund: "cash" | "original"; note?: string; offline?: boolean; returned_at?: string }
export type SaleReturn = { id: string; sale_id: string; lines: { line_item_id: string; quantity: number }[]; amount: number; refund: "cash" | "original"; created_at: string }

export type Customer = { id: string; first_name: string | null; last_name: string | null; phone: string | null; email: string | null }

export type DayReport = {
  date: string
  by_product: { product_id: string; title: string; quantity: number; total: number }[]
  by_producer: { handle: string; name: string; quantity: number; total: number }[]
  by_method: Record<PaymentMethod, number>
  sales_count: number
  total: number
  returns_total: number
}

export type SearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: { currency_code: string; amount: number } | null
  ocop: { stars: number } | null
  producer: { handle: string; name: string } | null
  availability: { centre: { handle: string }; available: number }[]
  variants: { id: string; title: string | null; sku: string | null; barcode: string | null; price: { amount: number } | null }[]
}

/** A producer's proposed delivery to this centre (GET /pos/deliveries, docs/producer-api.md). */
export type DeliveryLine = { variant_id: string; product_id: string; title_vi: string; title_en: string; sku: string | null; quantity: number; received_quantity: number | null }
export type Delivery = {
  id: string
  centre: { handle: string; name_vi: string; name_en: string } | null
  producer?: { id: string; handle: string; legal_name: string } | null
  status: "proposed" | "received" | "cancelled"
  lines: DeliveryLine[]
  note: string | null
  created_at: string
  received_at: string | null
}
