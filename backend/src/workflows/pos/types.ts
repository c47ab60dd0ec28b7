import type { PosContext } from "../../api/pos/pos-clerk"
import type { CatalogueIssues } from "../../lib/pos/conflict"
import type { Discount, Payment, SaleLineInput } from "../../lib/pos/sale-math"

/** A sale as the till sends it (api/pos/validators.ts checks its shape). */
export type PosSaleBody = {
  client_id: string
  till_id: string
  /** The shift's id, or its client id when the till opened it offline. */
  shift_id: string
  receipt_number: string
  sold_at?: string
  lines: SaleLineInput[]
  order_discount?: Discount | null
  customer_id?: string | null
  note?: string | null
  payments: Payment[]
  /** Sold while the till was offline: kept even when the centre's stock is short (a conflict). */
  offline?: boolean
}

export type PosSaleInput = {
  sale: PosSaleBody
  centre: PosContext["centre"]
  clerk: PosContext["clerk"]
  limit: number
  locale: "vi" | "en"
  /** The catalogue as read once for a whole batch of synced sales (prepare-pos-sale.ts reads it otherwise). */
  catalogue?: SaleCatalogue
}

export type SaleLine = {
  variant_id: string
  product_id: string
  title_vi: string
  title_en: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  stars: number | null
  producer: { handle: string; name: string } | null
  quantity: number
  unit_price: number
  /** Line and order discount together, đồng. */
  discount: number
  discount_reason: string | null
  total: number
  returned: number
  /** The order's line items for this line (one, or two when the discount does not divide evenly). */
  line_item_ids: string[]
}

export type PreparedSale = {
  /** The shift the sale belongs to (the till may name it by its client id). */
  shift_id: string
  region_id: string
  /** The centre's pick-up option: what fulfils an order handed over at its counter. */
  shipping_option_id: string | null
  subtotal: number
  discount_total: number
  total: number
  change: number
  lines: SaleLine[]
  customer_email: string | null
  /** Per variant: the product facts its order line items carry. */
  order_items: Record<string, OrderItemFields>
  /** An offline sale's lines withdrawn or repriced since the till last saw them: kept, flagged. */
  issues: CatalogueIssues
}

/** What Medusa copies from a variant and its product onto an order line item. */
export type OrderItemFields = {
  subtitle: string | null
  thumbnail: string | null
  product_id: string
  product_title: string
  product_description: string | null
  product_subtitle: string | null
  product_type: string | null
  product_type_id: string | null
  product_collection: string | null
  product_handle: string
  variant_sku: string | null
  variant_barcode: string | null
  variant_title: string | null
  is_discountable: boolean
  is_giftcard: boolean
  requires_shipping: boolean
}

/** A variant as a counter sale reads it (loadSaleCatalogue). */
export type CatalogueVariant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  product_id: string
  product_title: string
  title_en: string
  /** Published and in this centre's counter channel. */
  sold: boolean
  price: number | null
  stars: number | null
  producer: { handle: string; name: string } | null
  order_item: OrderItemFields
}

export type SaleCatalogue = {
  region_id: string | null
  shipping_option_id: string | null
  variants: Record<string, CatalogueVariant>
}

/** A return line names one of the sale's order items, or (offline, before the till knew them) a variant. */
export type PosReturnLine = { line_item_id: string; quantity: number } | { variant_id: string; quantity: number }

export type PosReturnBody = {
  client_id: string
  shift_id?: string | null
  lines: PosReturnLine[]
  refund: "cash" | "original"
  note?: string | null
  offline?: boolean
  returned_at?: string | null
}

export type PosReturnInput = {
  sale_id: string
  body: PosReturnBody
  centre: PosContext["centre"]
  clerk: PosContext["clerk"]
  /** The till's open shift: a cash refund comes out of its drawer. */
  shift_id: string | null
  window_days: number
  locale: "vi" | "en"
}

export type PreparedReturn = {
  /** The centre's pick-up option, through which the goods come back to its location. */
  return_option_id: string | null
  sale_id: string
  order_id: string
  payment_id: string | null
  amount: number
  items: { id: string; quantity: number; variant_id: string }[]
  restock: { inventory_item_id: string; location_id: string; adjustment: number }[]
  /** Sale line index -> units coming back. */
  returned: { index: number; quantity: number }[]
}
