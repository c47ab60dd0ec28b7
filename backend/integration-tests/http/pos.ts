import { randomUUID } from "node:crypto"
import { adminToken, api, login } from "./api"

/** A till at a centre, as the POS app drives it: sign-in, shift, catalogue, sales. */
export type Till = { token: string; centre: string; till: string; shift: string; prefix: string; seq: number }

export const clerkOf = (centre: string) => `clerk.${centre}@ocop.test`

export async function openTill(centre: string, till = `T${Math.floor(Math.random() * 1e6)}`): Promise<Till> {
  const token = await login("user", clerkOf(centre))
  const opened = await api("/pos/shifts", { method: "POST", token, body: { client_id: randomUUID(), till_id: till, opening_float: 500_000 } })
  if (opened.status !== 201) throw new Error(`open shift: ${opened.status} ${JSON.stringify(opened.body)}`)
  return { token, centre, till, shift: opened.body.shift.id, prefix: till.replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(0, 8), seq: 0 }
}

export async function catalogue(t: Till) {
  return (await api("/pos/catalogue", { token: t.token })).body.products as any[]
}

/**
 * A variant this counter sells with at least `min` free here, not handed out before in this test
 * file: a sale of the same piece still being settled would move its stock under a later test.
 */
const handedOut = new Set<string>()
export async function sellable(t: Till, min = 1) {
  for (const p of await catalogue(t))
    for (const v of p.variants)
      if (v.available >= min && v.price && !handedOut.has(v.id)) {
        handedOut.add(v.id)
        return { product: p, variant: v }
      }
  throw new Error(`No variant with ${min} free at ${t.centre}`)
}

export function saleBody(t: Till, lines: { variant_id: string; quantity: number; unit_price: number; discount?: unknown }[], extra: Record<string, unknown> = {}) {
  const total = lines.reduce((s, l) => s + l.quantity * l.unit_price, 0)
  t.seq += 1
  return {
    client_id: randomUUID(),
    till_id: t.till,
    shift_id: t.shift,
    receipt_number: `${t.prefix}-${String(t.seq).padStart(6, "0")}`,
    lines,
    payments: [{ method: "cash", amount: total, tendered: total }],
    ...extra,
  }
}

export const sell = (t: Till, body: unknown, locale = "vi") => api(`/pos/sales?locale=${locale}`, { method: "POST", token: t.token, body })

/** Stocked and reserved at a centre for a variant's (first) inventory item, read as the admin. */
export async function stockAt(centre: string, variantId: string) {
  const token = await adminToken()
  const centres = (await api("/admin/ocop/centres", { token })).body.centres
  const location = centres.find((c: any) => c.handle === centre).stock_location_id
  const { body } = await api(`/admin/product-variants?id=${variantId}&fields=inventory_items.inventory_item_id`, { token }).catch(() => ({ body: null }) as any)
  let item = body?.variants?.[0]?.inventory_items?.[0]?.inventory_item_id
  if (!item) {
    const { body: items } = await api(`/admin/inventory-items?fields=id,variants.id&limit=1000`, { token })
    item = items.inventory_items.find((i: any) => (i.variants ?? []).some((v: any) => v.id === variantId))?.id
  }
  const levels = (await api(`/admin/inventory-items/${item}/location-levels`, { token })).body.inventory_levels
  const level = levels.find((l: any) => l.location_id === location)
  return { item: item as string, location: location as string, stocked: Number(level?.stocked_quantity ?? 0), reserved: Number(level?.reserved_quantity ?? 0) }
}

/** Waits until a counter sale's order is paid and handed over (it follows the till's answer). */
export async function settled(orderId: string) {
  const token = await adminToken()
  for (let i = 0; i < 100; i++) {
    const { body } = await api(`/admin/orders/${orderId}?fields=fulfillment_status,payment_status`, { token })
    if (/^(fulfilled|delivered)$/.test(body.order.fulfillment_status) && body.order.payment_status === "captured") return
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`Order ${orderId} was not settled within 15 s`)
}
