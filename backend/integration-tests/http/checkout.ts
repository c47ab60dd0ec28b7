import { api } from "./api"

/**
 * A shopper's way to the payment step through the store API, as a storefront or till walks it:
 * cart in a region, one line, address, a shipping option, a payment collection, a session.
 */
export type Shopper = {
  key: string
  region: "Việt Nam" | "International"
  /** Part of a centre's Vietnamese name, to pick up there; without it the cart is delivered. */
  pickupAt?: string
  quantity?: number
}

export async function regionId(key: string, name: Shopper["region"]) {
  const { body } = await api("/store/regions", { key })
  return body.regions.find((r: any) => r.name === name).id as string
}

/**
 * A variant with stock, priced in the region's currency. For a pick-up, one with stock at that
 * centre: a web order is handed over from the pick-up centre's own stock (decision 14).
 */
async function sellableVariant(key: string, region: string, pickupAt?: string) {
  const { body } = await api(`/store/products?region_id=${region}&limit=1000&fields=*variants.calculated_price,+variants.inventory_quantity,%2Bocop`, { key })
  for (const product of body.products) {
    const atCentre = pickupAt ? product.ocop?.availability?.find((a: any) => String(a.centre.name).includes(pickupAt)) : null
    for (const v of product.variants) {
      if (!v.calculated_price?.calculated_amount || v.inventory_quantity <= 2) continue
      if (pickupAt && !(atCentre?.variants?.[v.id] > 2)) continue
      return v.id as string
    }
  }
  throw new Error(`No sellable variant in the seed${pickupAt ? ` with stock at ${pickupAt}` : ""}`)
}

export async function cartAtShipping(s: Shopper) {
  const region = await regionId(s.key, s.region)
  const { body: created } = await api("/store/carts", { method: "POST", key: s.key, body: { region_id: region, email: "shopper@example.com" } })
  const cartId = created.cart.id as string
  const variant = await sellableVariant(s.key, region, s.pickupAt)
  await expectOk(api(`/store/carts/${cartId}/line-items`, { method: "POST", key: s.key, body: { variant_id: variant, quantity: s.quantity ?? 1 } }))
  const vietnam = s.region === "Việt Nam"
  await expectOk(
    api(`/store/carts/${cartId}`, {
      method: "POST",
      key: s.key,
      body: {
        shipping_address: {
          first_name: "Anna",
          last_name: "Berg",
          address_1: vietnam ? "12 Hàng Gai" : "1 Main Street",
          city: vietnam ? "Hà Nội" : "Seattle",
          country_code: vietnam ? "vn" : "us",
          postal_code: vietnam ? "100000" : "98101",
          phone: "+84901234567",
        },
      },
    })
  )
  const { body: options } = await api(`/store/shipping-options?cart_id=${cartId}`, { key: s.key })
  // Pick-up options are named "Nhận tại trung tâm – <centre's name>" by the seed.
  const isPickup = (o: any) => String(o.name).startsWith("Nhận tại")
  const option = s.pickupAt
    ? options.shipping_options.find((o: any) => isPickup(o) && String(o.name).includes(s.pickupAt!))
    : options.shipping_options.find((o: any) => !isPickup(o))
  if (!option) throw new Error(`No shipping option for ${s.pickupAt ?? "delivery"}: ${JSON.stringify(options.shipping_options.map((o: any) => o.name))}`)
  await expectOk(api(`/store/carts/${cartId}/shipping-methods`, { method: "POST", key: s.key, body: { option_id: option.id } }))
  const { body } = await api(`/store/carts/${cartId}`, { key: s.key })
  return body.cart as { id: string; total: number; currency_code: string; region_id: string }
}

export async function startPayment(key: string, cartId: string, providerId: string, data?: Record<string, unknown>) {
  const { body: pc } = await expectOk(api("/store/payment-collections", { method: "POST", key, body: { cart_id: cartId } }))
  const reply = await api(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
    method: "POST",
    key,
    body: { provider_id: providerId, ...(data ? { data } : {}) },
  })
  const sessions = reply.body?.payment_collection?.payment_sessions ?? []
  return { status: reply.status, body: reply.body, collectionId: pc.payment_collection.id as string, session: sessions.find((x: any) => x.provider_id === providerId) }
}

export async function completeCart(key: string, cartId: string, locale = "en") {
  return api(`/store/carts/${cartId}/complete?locale=${locale}`, { method: "POST", key })
}

async function expectOk<T extends { status: number; body: any }>(reply: Promise<T>): Promise<T> {
  const r = await reply
  if (r.status >= 300) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.body)}`)
  return r
}
