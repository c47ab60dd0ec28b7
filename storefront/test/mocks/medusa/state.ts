import { http, HttpResponse, type HttpHandler } from "msw"
import { PRODUCER_LOGINS, PRODUCER_RESET_TOKEN, producerListings } from "./producer-records"
import { AN, BINH, PRODUCTS, RESET_TOKEN, REGIONS, SHIPPING_OPTIONS, VARIANTS, type Customer } from "./records"

/**
 * The fake backend's memory, shared by its store and catalogue routes: what a test may seed or
 * change, and every request that reached it. Reset after each test (see useMedusa).
 */

export const MEDUSA_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

export type Received = { method: string; path: string; query: URLSearchParams; headers: Headers; body: any }
export type Line = { id: string; variant_id: string; product_title: string; product_handle: string; quantity: number; unit_price: number; total: number }
export type Session = { id: string; provider_id: string; amount: number; data?: Record<string, unknown> }

const stockOf = () => Object.fromEntries(Object.entries(VARIANTS).map(([id, v]) => [id, v.stock])) as Record<string, number>

function fresh() {
  return {
    received: [] as Received[],
    stock: stockOf(),
    carts: new Map<string, any>(),
    orders: new Map<string, any>(),
    customers: [{ ...AN }, { ...BINH }] as Customer[],
    /** token → whom it names; a registration token names only an e-mail (no customer yet). */
    tokens: new Map<string, { customer_id?: string; email: string }>([[RESET_TOKEN, { email: AN.email }]]),
    addresses: new Map<string, any[]>(),
    /** Stripe refuses the card at completion. */
    cardDeclined: false,
    /** Free stock per centre and variant: pick-up, the cart's centres, and the catalogue's availability. */
    centreStock: { "bat-trang": stockOf(), "van-phuc": {} } as Record<string, Record<string, number>>,
    /** The catalogue by handle; a test may change a product (it is a copy). */
    products: new Map(PRODUCTS.map((p) => [p.handle, structuredClone(p)])),
    /** The producer API's memory (producer.ts): logins, their tokens, listings, deliveries, sales. */
    producer: {
      logins: PRODUCER_LOGINS.map((l) => ({ ...l })),
      tokens: new Map<string, { email: string; producer_id: string | null }>([[PRODUCER_RESET_TOKEN, { email: PRODUCER_LOGINS[0]!.email, producer_id: null }]]),
      inviteUsed: false,
      listings: producerListings() as any[],
      deliveries: [] as any[],
    },
    next: 1,
  }
}

export const medusa = {
  ...fresh(),
  reset() {
    Object.assign(this, fresh())
  },
  id(prefix: string) {
    return `${prefix}_${this.next++}`
  },
  /** Requests that change something (what a refused form must never cause). */
  writes() {
    return this.received.filter((r) => r.method !== "GET")
  },
  find(method: string, path: string | RegExp) {
    return this.received.filter((r) => r.method === method && (typeof path === "string" ? r.path === path : path.test(r.path)))
  },
  /** A token as the backend's login would give it, for building a signed-in session. */
  tokenFor(customer: { id: string; email: string }) {
    const token = `tok_${customer.id}_${this.next++}`
    this.tokens.set(token, { customer_id: customer.id, email: customer.email })
    return token
  },
  addCart(fields: { items?: { variant_id: string; quantity: number }[]; [key: string]: unknown } = {}) {
    const { items = [], ...rest } = fields
    const cart = { ...newCart(this.id("cart"), "reg_vn"), ...rest }
    for (const i of items) cart.items.push(line(this.id("cali"), i.variant_id, i.quantity))
    this.carts.set(cart.id, priced(cart))
    return cart.id as string
  },
  addOrder(fields: { id: string; customer_id?: string | null; provider_id?: string }) {
    const order = {
      display_id: this.next++, email: AN.email, currency_code: "vnd", total: 450_000, subtotal: 450_000, shipping_total: 0,
      status: "pending", payment_status: "not_paid", created_at: "2026-02-16T20:00:00.000Z", customer_id: null,
      items: [line("cali_o", "variant_binh", 1)], shipping_methods: [{ id: "casm_1", name: SHIPPING_OPTIONS[0]!.name, shipping_option_id: SHIPPING_OPTIONS[0]!.id }],
      payment_collections: [{ id: "pay_col_o", payment_sessions: [{ id: `payses_${fields.id}`, provider_id: fields.provider_id ?? "pp_system_default" }] }],
      ...fields,
    }
    this.orders.set(order.id, order)
    return order
  },
}

export function newCart(id: string, region_id: string) {
  const region = REGIONS.find((r) => r.id === region_id)!
  return {
    id, region_id, currency_code: region.currency_code, email: null as string | null, customer_id: null as string | null, completed_at: null as string | null,
    items: [] as Line[], promotions: [] as { code: string }[], shipping_address: null as any, billing_address: null as any,
    shipping_methods: [] as any[], payment_collection: null as null | { id: string; payment_sessions: Session[] },
  }
}

export function line(id: string, variant_id: string, quantity: number): Line {
  const v = VARIANTS[variant_id]!
  return { id, variant_id, product_title: v.title, product_handle: v.handle, quantity, unit_price: v.price, total: v.price * quantity }
}

export function priced(cart: any) {
  for (const item of cart.items as Line[]) item.total = item.unit_price * item.quantity
  cart.item_total = cart.subtotal = cart.items.reduce((n: number, i: Line) => n + i.total, 0)
  cart.shipping_total = cart.shipping_methods.reduce((n: number, m: any) => n + m.amount, 0)
  cart.discount_total = cart.tax_total = 0
  cart.total = cart.item_total + cart.shipping_total
  return cart
}

/**
 * An order as the backend hands it to this caller (backend store/orders/order-owner.ts): a
 * registered customer's only with that customer's token, a guest's (no account) by its id alone.
 */
export function orderFor(r: Received, id: string) {
  const order = medusa.orders.get(id)
  const owner = medusa.customers.find((c) => c.id && c.id === order?.customer_id)
  const caller = medusa.tokens.get(r.headers.get("authorization")?.replace(/^Bearer /, "") ?? "")?.customer_id
  return order && (!owner || owner.id === caller) ? order : undefined
}

/** Medusa's error bodies. */
export const notAllowed = (message: string, status = 400) => HttpResponse.json({ type: "not_allowed", message }, { status })
export const invalidData = (message: string) => HttpResponse.json({ type: "invalid_data", message }, { status: 400 })
export const notFound = (what: string) => HttpResponse.json({ type: "not_found", message: `${what} was not found` }, { status: 404 })
export const unauthorized = () => HttpResponse.json({ type: "unauthorized", message: "Unauthorized" }, { status: 401 })

type Answer = (r: Received, params: Record<string, string>) => Response | Promise<Response>

/** One route of the fake: the request is recorded in medusa.received, then answered. */
export function route(method: "get" | "post" | "delete", path: string, answer: Answer): HttpHandler {
  return http[method](`${MEDUSA_URL}${path}`, async ({ request, params }) => {
    const url = new URL(request.url)
    const text = await request.text()
    const r: Received = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : null }
    medusa.received.push(r)
    return answer(r, params as Record<string, string>)
  })
}
