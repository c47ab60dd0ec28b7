import { HttpResponse, type HttpHandler } from "msw"
import { CENTRES, PICKUP_OPTION, PROMOTION_CODES, PROVIDERS, REGIONS, SHIPPING_OPTIONS, VARIANTS, type Customer } from "./records"
import { line, medusa, newCart, notAllowed, notFound, orderFor, priced, route, unauthorized, type Line, type Received, type Session } from "./state"

/**
 * Medusa's store API as a shopper meets it: regions, carts, shipping, payment, orders, log-in and
 * accounts, answering the way Medusa v2 does where a shopper can tell (stock errors, promotion
 * codes silently ignored, an address outside the cart's region refused, a guest's order
 * retrievable by id without a login), plus the OCOP routes about a cart (its centres, VietQR).
 */

const outOfStock = (variant: string) => `Variant ${variant} does not have the required inventory`

function bearerOf(r: Received) {
  return medusa.tokens.get(r.headers.get("authorization")?.replace(/^Bearer /, "") ?? "")
}
function me(r: Received) {
  const who = bearerOf(r)
  return who?.customer_id ? medusa.customers.find((c) => c.id === who.customer_id) : undefined
}
function publicCustomer({ password: _, ...c }: Customer) {
  return c
}

/** A route about one cart (/store/carts/:id/...): 404 for a cart the backend does not have. */
function cartRoute(method: "get" | "post" | "delete", path: string, answer: (cart: any, r: Received, params: Record<string, string>) => Response) {
  return route(method, path, (r, p) => {
    const cart = medusa.carts.get(p.id ?? "")
    return cart ? answer(cart, r, p) : notFound(`Cart id ${p.id}`)
  })
}
const canHandOver = (cart: any, centre: string) =>
  (cart.items as Line[]).every((i) => i.quantity <= (medusa.centreStock[centre]?.[i.variant_id] ?? 0))

const cartAnswer = (cart: any) => HttpResponse.json({ cart: priced(cart) })

/** Like Medusa: a code it does not know is an error; one whose rules the cart does not meet is silently left out. */
function promotionsRefused(codes: string[]) {
  const unknown = codes.find((c) => PROMOTION_CODES[c] === undefined)
  return unknown ? notAllowed(`The promotion code ${unknown} is invalid`) : null
}
function applyPromotions(cart: any, codes: string[]) {
  const applying = codes.filter((c) => priced(cart).item_total >= PROMOTION_CODES[c]!)
  cart.promotions = [...cart.promotions.filter((p: { code: string }) => !applying.includes(p.code)), ...applying.map((code) => ({ code }))]
  return cart
}

export const storeHandlers: HttpHandler[] = [
  route("get", "/store/regions", () => HttpResponse.json({ regions: REGIONS, count: REGIONS.length, offset: 0, limit: 20 })),

  route("post", "/store/carts", (r) => {
    const cart = newCart(medusa.id("cart"), r.body?.region_id ?? "reg_vn")
    cart.customer_id = me(r)?.id ?? null
    medusa.carts.set(cart.id, cart)
    return cartAnswer(cart)
  }),
  cartRoute("get", "/store/carts/:id", (cart) => cartAnswer(cart)),
  cartRoute("post", "/store/carts/:id", (cart, r) => {
    const { promo_codes, region_id, ...rest } = r.body ?? {}
    const region = REGIONS.find((x) => x.id === (region_id ?? cart.region_id))
    if (!region) return notFound(`Region ${region_id}`)
    const country = rest.shipping_address?.country_code
    if (country && !region.countries.some((c) => c.iso_2 === country)) {
      return notAllowed(`Country with code ${country} is not within region ${region.name}`)
    }
    if (promo_codes) {
      const refused = promotionsRefused(promo_codes)
      if (refused) return refused
      cart.promotions = [] // this route replaces the cart's codes
    }
    Object.assign(cart, rest, { region_id: region.id, currency_code: region.currency_code })
    return cartAnswer(applyPromotions(cart, promo_codes ?? []))
  }),
  cartRoute("post", "/store/carts/:id/promotions", (cart, r) => promotionsRefused(r.body.promo_codes) ?? cartAnswer(applyPromotions(cart, r.body.promo_codes))),
  cartRoute("post", "/store/carts/:id/line-items", (cart, r) => {
    const { variant_id, quantity } = r.body
    if (!VARIANTS[variant_id]) return notFound(`Variant ${variant_id}`)
    const existing = cart.items.find((i: Line) => i.variant_id === variant_id)
    if ((existing?.quantity ?? 0) + quantity > medusa.stock[variant_id]!) return notAllowed(outOfStock(variant_id))
    if (existing) existing.quantity += quantity
    else cart.items.push(line(medusa.id("cali"), variant_id, quantity))
    return cartAnswer(cart)
  }),
  cartRoute("post", "/store/carts/:id/line-items/:line", (cart, r, p) => {
    const item = cart.items.find((i: Line) => i.id === p.line)
    if (!item) return notFound(`Line item ${p.line}`)
    if (r.body.quantity > medusa.stock[item.variant_id]!) return notAllowed(outOfStock(item.variant_id))
    item.quantity = r.body.quantity
    return cartAnswer(cart)
  }),
  cartRoute("delete", "/store/carts/:id/line-items/:line", (cart, _, p) => {
    cart.items = cart.items.filter((i: Line) => i.id !== p.line)
    return HttpResponse.json({ id: p.line, object: "line-item", deleted: true, parent: priced(cart) })
  }),
  cartRoute("post", "/store/carts/:id/customer", (cart, r) => {
    const customer = me(r)
    if (!customer) return unauthorized()
    Object.assign(cart, { customer_id: customer.id, email: customer.email })
    return cartAnswer(cart)
  }),
  cartRoute("post", "/store/carts/:id/shipping-methods", (cart, r) => {
    const option = SHIPPING_OPTIONS.find((o) => o.id === r.body.option_id && o.region_id === cart.region_id)
    if (!option || option.amount === null) return notAllowed("Shipping Options are invalid for cart.")
    cart.shipping_methods = [{ id: medusa.id("casm"), shipping_option_id: option.id, name: option.name, amount: option.amount }]
    return cartAnswer(cart)
  }),
  cartRoute("get", "/store/ocop/carts/:id/centres", (cart, r) => {
    const en = r.query.get("locale") === "en"
    const centres = CENTRES.map((c) => ({
      handle: c.handle,
      name: en ? c.name_en : c.name_vi,
      pickup_option_ids: [PICKUP_OPTION[c.handle]!],
      can_fulfil: canHandOver(cart, c.handle),
      shortages: [],
    }))
    const ships = centres.find((c) => c.can_fulfil)
    return HttpResponse.json({ centres, delivery_centre: ships ? { handle: ships.handle, name: ships.name } : null })
  }),
  cartRoute("post", "/store/carts/:id/complete", (cart, r) => {
    // Each sale is created once: completing a completed cart answers the same order.
    const placed = [...medusa.orders.values()].find((o) => o.cart_id === cart.id)
    if (placed) return HttpResponse.json({ type: "order", order: placed })
    // Like the backend: a card Stripe did not authorize is a 400 with the decline's sentence.
    if (medusa.cardDeclined && cart.payment_collection?.payment_sessions?.some((s: Session) => s.provider_id === "pp_stripe_stripe")) {
      const en = r.query.get("locale") === "en"
      return HttpResponse.json(
        { type: "payment_authorization_error", message: "Payment sessions were not authorized with the provider.", code: "card_declined", sentence: en ? "Your card was declined. Try another card." : "Thẻ bị từ chối. Hãy dùng thẻ khác." },
        { status: 400 }
      )
    }
    const pickup = CENTRES.find((c) => cart.shipping_methods?.some((m: any) => m.shipping_option_id === PICKUP_OPTION[c.handle]))
    if (pickup && !canHandOver(cart, pickup.handle)) {
      const en = r.query.get("locale") === "en"
      return HttpResponse.json(
        { type: "not_allowed", code: "not_at_pickup_centre", message: `Not enough stock at ${pickup.name_en} for pick-up.`, sentence: en ? `${pickup.name_en} does not have enough in stock for pick-up.` : `${pickup.name_vi} không còn đủ hàng để bạn nhận.` },
        { status: 400 }
      )
    }
    const short = cart.items.find((i: Line) => i.quantity > medusa.stock[i.variant_id]!)
    if (short) {
      return HttpResponse.json({ type: "cart", cart: priced(cart), error: { message: "Some variant does not have the required inventory", name: "Error", type: "not_allowed" } })
    }
    for (const i of cart.items as Line[]) medusa.stock[i.variant_id]! -= i.quantity
    cart.completed_at = new Date().toISOString()
    const order = medusa.addOrder({ id: medusa.id("order"), customer_id: cart.customer_id })
    Object.assign(order, { cart_id: cart.id, email: cart.email, currency_code: cart.currency_code, items: cart.items, total: priced(cart).total, shipping_methods: cart.shipping_methods, payment_collections: [cart.payment_collection] })
    return HttpResponse.json({ type: "order", order })
  }),

  route("get", "/store/shipping-options", (r) => {
    const cart = medusa.carts.get(r.query.get("cart_id") ?? "")
    return HttpResponse.json({ shipping_options: SHIPPING_OPTIONS.filter((o) => o.region_id === cart?.region_id) })
  }),
  route("get", "/store/payment-providers", () => HttpResponse.json({ payment_providers: PROVIDERS.map((id) => ({ id })) })),
  route("post", "/store/payment-collections", (r) => {
    const cart = medusa.carts.get(r.body.cart_id)
    if (!cart) return notFound(`Cart id ${r.body.cart_id}`)
    cart.payment_collection = { id: medusa.id("pay_col"), payment_sessions: [] }
    return HttpResponse.json({ payment_collection: cart.payment_collection })
  }),
  route("post", "/store/payment-collections/:id/payment-sessions", (r, p) => {
    const cart = [...medusa.carts.values()].find((c) => c.payment_collection?.id === p.id)
    if (!cart) return notFound(`Payment collection ${p.id}`)
    if (!PROVIDERS.includes(r.body.provider_id)) return notFound(`Payment provider ${r.body.provider_id}`)
    // Stripe's session carries the PaymentIntent's client secret, which the Payment Element needs.
    const data = r.body.provider_id === "pp_stripe_stripe" ? { id: "pi_1", client_secret: "pi_1_secret_abc" } : {}
    cart.payment_collection.payment_sessions = [{ id: medusa.id("payses"), provider_id: r.body.provider_id, amount: priced(cart).total, data }]
    return HttpResponse.json({ payment_collection: cart.payment_collection })
  }),
  route("get", "/store/ocop/vietqr/:session", (_, p) => {
    const order = [...medusa.orders.values()].find((o) => o.payment_collections.some((c: any) => c?.payment_sessions.some((s: Session) => s.id === p.session)))
    if (!order) return notFound(`Payment session ${p.session}`)
    const vietqr = { status: "pending", amount: order.total, reference: `OCOP${order.display_id}`, bank: { short_name: "Vietcombank" }, account_number: "0011004455667", account_name: "TRUNG TAM OCOP BAT TRANG", image: "data:image/png;base64,AAAA" }
    return HttpResponse.json({ vietqr })
  }),

  // Like the backend: a guest's order opens by its id alone, a registered customer's only with
  // their token (orderFor); the list is the signed-in customer's own.
  route("get", "/store/orders/:id", (r, p) => {
    const order = orderFor(r, p.id!)
    return order ? HttpResponse.json({ order }) : notFound(`Order ${p.id}`)
  }),
  route("get", "/store/orders", (r) => {
    const customer = me(r)
    if (!customer) return unauthorized()
    return HttpResponse.json({ orders: [...medusa.orders.values()].filter((o) => o.customer_id === customer.id), count: 0, offset: 0, limit: 50 })
  }),

  route("post", "/auth/customer/emailpass", (r) => {
    const customer = medusa.customers.find((c) => c.email === r.body.email && c.password === r.body.password)
    if (!customer) return HttpResponse.json({ type: "unauthorized", message: "Invalid email or password" }, { status: 401 })
    return HttpResponse.json({ token: medusa.tokenFor(customer) })
  }),
  route("post", "/auth/customer/emailpass/register", (r) => {
    if (medusa.customers.some((c) => c.email === r.body.email)) return HttpResponse.json({ type: "unauthorized", message: "Identity with email already exists" }, { status: 401 })
    const token = `reg_${medusa.next++}`
    medusa.tokens.set(token, { email: r.body.email })
    medusa.customers.push({ id: "", email: r.body.email, password: r.body.password, first_name: "", last_name: "" })
    return HttpResponse.json({ token })
  }),
  route("post", "/auth/customer/emailpass/reset-password", () => new HttpResponse(null, { status: 201 })),
  route("post", "/auth/customer/emailpass/update", (r) => {
    const who = bearerOf(r)
    const customer = medusa.customers.find((c) => c.email === who?.email && c.email === r.body.email)
    if (!who || who.customer_id || !customer) return unauthorized()
    customer.password = r.body.password
    medusa.tokens.delete(r.headers.get("authorization")!.replace(/^Bearer /, ""))
    return HttpResponse.json({ success: true })
  }),

  route("post", "/store/customers", (r) => {
    const who = bearerOf(r)
    const pending = medusa.customers.find((c) => c.email === who?.email && !c.id)
    if (!who || who.customer_id || !pending) return unauthorized()
    Object.assign(pending, { id: medusa.id("cus"), first_name: r.body.first_name, last_name: r.body.last_name })
    return HttpResponse.json({ customer: publicCustomer(pending) })
  }),
  route("get", "/store/customers/me", (r) => {
    const customer = me(r)
    return customer ? HttpResponse.json({ customer: publicCustomer(customer) }) : unauthorized()
  }),
  route("get", "/store/customers/me/addresses", (r) => {
    const customer = me(r)
    return customer ? HttpResponse.json({ addresses: medusa.addresses.get(customer.id) ?? [] }) : unauthorized()
  }),
  route("post", "/store/customers/me/addresses", (r) => {
    const customer = me(r)
    if (!customer) return unauthorized()
    const list = medusa.addresses.get(customer.id) ?? []
    medusa.addresses.set(customer.id, [...list, { id: medusa.id("cuaddr"), ...r.body }])
    return HttpResponse.json({ customer: { ...publicCustomer(customer), addresses: medusa.addresses.get(customer.id) } })
  }),
  route("delete", "/store/customers/me/addresses/:address", (r, p) => {
    const customer = me(r)
    if (!customer) return unauthorized()
    const list = medusa.addresses.get(customer.id) ?? []
    if (!list.some((a) => a.id === p.address)) return notFound(`Address ${p.address}`)
    medusa.addresses.set(customer.id, list.filter((a) => a.id !== p.address))
    return HttpResponse.json({ id: p.address, object: "address", deleted: true })
  }),
]
