import type { Me, Payment, Shift } from "./api/types"
import { priceCart } from "./cart-pricing"
import type { CartState } from "./cart-state"
import type { ReceiptView } from "./receipt-view"
import type { SaleDraft } from "./outbox"
import { changeDue, isSettled } from "./tender"

/**
 * A paid cart as the sale the queue sends (POST /pos/sales, less its receipt number, which
 * recordSale gives) and the receipt the counter prints. Only a cart whose payments add up to its
 * total exactly becomes a sale.
 */
export function buildSale(input: { clientId: string; cart: CartState; payments: Payment[]; me: Me; tillId: string; shift: Shift | null; now: Date; offline?: boolean }): { draft: SaleDraft; receipt: Omit<ReceiptView, "receipt_number"> } {
  const { clientId, cart, payments, me, tillId, shift, now, offline } = input
  const priced = priceCart(cart.lines, cart.order_discount)
  if (cart.lines.length === 0) throw new Error("An empty cart is not a sale.")
  if (!isSettled(priced.total, payments)) throw new Error(`The payments do not add up to the total of ${priced.total} đồng.`)
  const sold_at = now.toISOString()
  const draft: SaleDraft = {
    client_id: clientId,
    till_id: tillId,
    shift_id: shift?.id ?? null,
    sold_at,
    lines: cart.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity, unit_price: l.unit_price, ...(l.discount ? { discount: l.discount } : {}) })),
    ...(cart.order_discount ? { order_discount: cart.order_discount } : {}),
    ...(cart.customer ? { customer_id: cart.customer.id } : {}),
    ...(cart.note ? { note: cart.note } : {}),
    payments,
    // Taken with no connection: the backend keeps it even if the stock ran out meanwhile.
    ...(offline ? { offline: true } : {}),
  }
  const receipt: Omit<ReceiptView, "receipt_number"> = {
    sold_at,
    till_id: tillId,
    clerk: [me.clerk.last_name, me.clerk.first_name].filter(Boolean).join(" ") || me.clerk.email,
    centre: { name_vi: me.centre.name_vi, name_en: me.centre.name_en, address: me.centre.address, phone: me.centre.phone },
    lines: cart.lines.map((l, i) => ({
      title_vi: l.title_vi + (l.variant_title ? ` · ${l.variant_title}` : ""),
      title_en: l.title_en + (l.variant_title ? ` · ${l.variant_title}` : ""),
      variant_title: l.variant_title,
      stars: l.stars,
      quantity: l.quantity,
      unit_price: l.unit_price,
      discount: priced.lines[i]!.discount,
      total: priced.lines[i]!.total,
    })),
    subtotal: priced.subtotal,
    discount_total: priced.discount_total,
    total: priced.total,
    payments,
    change: changeDue(payments),
    note: cart.note || null,
    customer: cart.customer ? [cart.customer.last_name, cart.customer.first_name].filter(Boolean).join(" ") || cart.customer.phone || null : null,
    receipt_url: null,
  }
  return { draft, receipt }
}
