import type { ReturnLineBody, Sale } from "./api/types"
import type { LocalReturn, LocalSale } from "./db"

/**
 * Returns with no connection, or for a sale not on the backend yet: the sale as this device
 * recorded it, in the backend's shape so the return screen reads one kind of sale. Its lines are
 * keyed `variant:<id>` (there are no order items yet); a return sends them as `{ variant_id }`.
 */
const VARIANT_KEY = "variant:"

/** What came back already: the backend's count, plus this device's returns not sent yet. */
function alreadyReturned(returns: LocalReturn[], variantId: string, skipSynced: boolean): number {
  return returns
    .filter((r) => r.status === "pending" || (!skipSynced && r.status === "synced"))
    .reduce((n, r) => n + r.lines.filter((l) => l.variant_id === variantId).reduce((a, l) => a + l.quantity, 0), 0)
}

export function saleFromLocal(local: LocalSale, returns: LocalReturn[]): Sale {
  const r = local.receipt
  return {
    id: local.sale?.id ?? local.client_id,
    client_id: local.client_id,
    receipt_number: local.receipt_number,
    order_id: null,
    centre: { handle: "", name_vi: r.centre.name_vi, name_en: r.centre.name_en, address: r.centre.address },
    clerk: r.clerk,
    till_id: local.till_id,
    sold_at: local.body.sold_at,
    lines: local.body.lines.map((l, i) => {
      const shown = r.lines[i]
      return {
        line_item_id: VARIANT_KEY + l.variant_id,
        variant_id: l.variant_id,
        // The receipt's titles carry the variant already.
        title_vi: shown?.title_vi ?? l.variant_id,
        title_en: shown?.title_en ?? l.variant_id,
        variant_title: null,
        sku: null,
        stars: shown?.stars ?? null,
        producer: null,
        quantity: l.quantity,
        unit_price: l.unit_price,
        discount: shown?.discount ?? 0,
        total: shown?.total ?? l.unit_price * l.quantity,
        returned: Math.min(l.quantity, alreadyReturned(returns, l.variant_id, false)),
      }
    }),
    subtotal: r.subtotal,
    discount_total: r.discount_total,
    total: r.total,
    payments: r.payments,
    change: r.change,
    customer_id: local.body.customer_id ?? null,
    note: r.note,
    receipt_url: null,
    status: "completed",
  }
}

/** The backend's sale, less what this device has taken back but not sent yet. */
export function withQueuedReturns(sale: Sale, returns: LocalReturn[]): Sale {
  return { ...sale, lines: sale.lines.map((l) => ({ ...l, returned: Math.min(l.quantity, l.returned + alreadyReturned(returns, l.variant_id, true)) })) }
}

/** The lines a queued return sends: order items where the backend named them, else variants. */
export function queuedReturnLines(lines: { line_item_id: string; quantity: number }[]): ReturnLineBody[] {
  return lines.map((l) => (l.line_item_id.startsWith(VARIANT_KEY) ? { variant_id: l.line_item_id.slice(VARIANT_KEY.length), quantity: l.quantity } : l))
}
