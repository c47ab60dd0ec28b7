import { createHmac } from "node:crypto"
import type { PosContext } from "../../api/pos/pos-clerk"

/**
 * The e-receipt link printed as a QR code: the storefront's receipt page with a token, an HMAC of
 * the receipt number, so a receipt cannot be found by counting numbers.
 */
function secret() {
  return process.env.OCOP_RECEIPT_SECRET || process.env.JWT_SECRET || "ocop-demo-receipts"
}

export function receiptToken(receiptNumber: string): string {
  return createHmac("sha256", secret()).update(`receipt:${receiptNumber}`).digest("base64url").slice(0, 22)
}

export function receiptUrl(receiptNumber: string): string {
  const storefront = process.env.STOREFRONT_URL || `http://localhost:${process.env.OCOP_STOREFRONT_PORT || 3000}`
  return `${storefront}/vi/receipts/${encodeURIComponent(receiptNumber)}?t=${receiptToken(receiptNumber)}`
}

type Centre = Pick<PosContext["centre"], "handle" | "name_vi" | "name_en" | "address"> & { phone?: string | null }

/** A sale as the till and the e-receipt show it (docs/pos-api.md). */
export function saleView(sale: Record<string, any>, centre: Centre, clerkName?: string | null) {
  return {
    id: sale.id,
    client_id: sale.client_id,
    receipt_number: sale.receipt_number,
    order_id: sale.order_id ?? null,
    status: sale.status,
    centre: { handle: centre.handle, name_vi: centre.name_vi, name_en: centre.name_en, address: centre.address, phone: centre.phone ?? null },
    clerk: clerkName ?? null,
    till_id: sale.till_id,
    shift_id: sale.shift_id ?? null,
    sold_at: new Date(sale.sold_at).toISOString(),
    lines: sale.lines,
    subtotal: sale.subtotal,
    discount_total: sale.discount_total,
    total: sale.total,
    payments: sale.payments,
    change: sale.change,
    returned_total: sale.returned_total ?? 0,
    customer_id: sale.customer_id ?? null,
    note: sale.note ?? null,
    receipt_url: receiptUrl(sale.receipt_number),
    offline: !!sale.offline,
    /** Null, or what staff must look at (lib/pos/conflict.ts): stock short, or a receipt number renumbered. */
    conflict: sale.conflict ?? null,
  }
}
