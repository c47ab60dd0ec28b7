import type { Payment, Sale } from "./api/types"

/** What a receipt prints, whether the sale is still on the device or the backend answered it. */
export type ReceiptLine = {
  title_vi: string
  title_en: string
  variant_title: string | null
  stars: number | null
  quantity: number
  unit_price: number
  discount: number
  total: number
}

export type ReceiptView = {
  receipt_number: string
  sold_at: string
  till_id: string
  clerk: string
  centre: { name_vi: string; name_en: string; address: string; phone?: string | null }
  lines: ReceiptLine[]
  subtotal: number
  discount_total: number
  total: number
  payments: Payment[]
  change: number
  note: string | null
  customer: string | null
  /** The e-receipt: only the backend can make it (its token is the backend's HMAC), so null until synced. */
  receipt_url: string | null
}

/** The backend's sale as a receipt; what only the device knew (the customer's name) is kept. */
export function receiptFromSale(sale: Sale, local?: ReceiptView): ReceiptView {
  return {
    receipt_number: sale.receipt_number,
    sold_at: sale.sold_at,
    till_id: sale.till_id,
    clerk: sale.clerk || local?.clerk || "",
    centre: { ...sale.centre, phone: (sale.centre as { phone?: string | null }).phone ?? local?.centre.phone ?? null },
    lines: sale.lines.map((l) => ({
      title_vi: l.title_vi,
      title_en: l.title_en,
      variant_title: l.variant_title,
      stars: l.stars,
      quantity: l.quantity,
      unit_price: l.unit_price,
      discount: l.discount,
      total: l.total,
    })),
    subtotal: sale.subtotal,
    discount_total: sale.discount_total,
    total: sale.total,
    payments: sale.payments,
    change: sale.change,
    note: sale.note,
    customer: local?.customer ?? null,
    receipt_url: sale.receipt_url,
  }
}
