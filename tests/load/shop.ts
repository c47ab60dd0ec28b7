import { randomUUID } from "node:crypto"

/**
 * The shop as the load tests drive it: real HTTP to either server, as the storefront, a till and
 * the admin do. A refused connection is an answer too (status 0), never an exception, so a test
 * can count what a crashed server did to its callers.
 */
export type Reply = { status: number; body: any; ms: number; retryAfter?: string | null }

export async function call(base: string, path: string, opts: { method?: string; body?: unknown; token?: string; key?: string; timeoutMs?: number } = {}): Promise<Reply> {
  const headers: Record<string, string> = { "content-type": "application/json" }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.key) headers["x-publishable-api-key"] = opts.key
  const t0 = performance.now()
  try {
    const res = await fetch(base + path, {
      method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
    })
    const text = await res.text()
    let body: any = text
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      // a plain-text answer stays text
    }
    return { status: res.status, body, ms: performance.now() - t0, retryAfter: res.headers.get("retry-after") }
  } catch (e) {
    return { status: 0, body: { message: String((e as Error).cause ?? e) }, ms: performance.now() - t0 }
  }
}

export async function ok(reply: Promise<Reply>, what: string): Promise<any> {
  const r = await reply
  if (r.status < 200 || r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`)
  return r.body
}

/**
 * A setup step as a patient client sends it: a 503 (a server shedding load, with Retry-After) or a
 * refused connection is sent again, a few times, before the test gives up on it.
 */
export async function okPatiently(send: () => Promise<Reply>, what: string): Promise<any> {
  let r = await send()
  for (let i = 0; i < 8 && (r.status === 503 || r.status === 0); i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000 * (Number(r.retryAfter) || 2)))
    r = await send()
  }
  return ok(Promise.resolve(r), what)
}

export async function signIn(base: string, email: string, password = "ocop-demo") {
  const body = await ok(call(base, "/auth/user/emailpass", { body: { email, password } }), `sign-in ${email}`)
  return body.token as string
}

/** Runs `work` over `items` with at most `limit` at once (preparing carts, not racing them). */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await work(items[i]!, i)
      }
    })
  )
  return out
}

export type Line = { variant_id: string; quantity: number }

/**
 * A guest's cart at the payment step, ready to complete: Việt Nam, the lines, an address, pick-up
 * at `pickupAt` (a centre handle) or delivery, and the manual payment method.
 */
export async function cartReadyToPay(base: string, key: string, regionId: string, lines: Line[], pickupAt?: string) {
  const say = (w: string) => `cart ${w}`
  const address = { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Hàng Gai", city: "Hà Nội", country_code: "vn", postal_code: "100000", phone: "+84901234567" }
  const email = `load-${randomUUID().slice(0, 8)}@example.com`
  const { cart } = await okPatiently(() => call(base, "/store/carts", { key, body: { region_id: regionId, email, items: lines, shipping_address: address } }), say("create"))
  let optionId: string | undefined
  if (pickupAt) {
    const { centres } = await okPatiently(() => call(base, `/store/ocop/carts/${cart.id}/centres`, { key }), say("centres"))
    optionId = centres.find((c: any) => c.handle === pickupAt)?.pickup_option_ids?.[0]
  } else {
    const { shipping_options } = await okPatiently(() => call(base, `/store/shipping-options?cart_id=${cart.id}`, { key }), say("options"))
    optionId = shipping_options.find((o: any) => !String(o.name).startsWith("Nhận tại"))?.id
  }
  if (!optionId) throw new Error(`No ${pickupAt ? `pick-up at ${pickupAt}` : "delivery"} option for the cart`)
  await okPatiently(() => call(base, `/store/carts/${cart.id}/shipping-methods`, { key, body: { option_id: optionId } }), say("shipping"))
  const { payment_collection } = await okPatiently(() => call(base, "/store/payment-collections", { key, body: { cart_id: cart.id } }), say("payment collection"))
  await okPatiently(() => call(base, `/store/payment-collections/${payment_collection.id}/payment-sessions`, { key, body: { provider_id: "pp_system_default" } }), say("payment session"))
  return cart.id as string
}

/** Completing a cart: an order, or the reason there is none. */
export async function completeCart(base: string, key: string, cartId: string) {
  const r = await call(base, `/store/carts/${cartId}/complete`, { key, method: "POST" })
  return { ...r, orderId: r.status === 200 && r.body?.type === "order" ? (r.body.order.id as string) : null }
}

/** A till: a clerk signed in at a centre with a shift open, selling on one server. */
export type Till = { base: string; token: string; shift: string; till: string; seq: number }

export async function openTill(base: string, centre: string, till: string): Promise<Till> {
  const token = await signIn(base, `clerk.${centre}@ocop.test`)
  // A till already open (an earlier run on the same data) carries on with its shift and numbers.
  const current = await ok(call(base, `/pos/shifts/current?till_id=${till}`, { token }), `current shift ${till}`)
  const seq = Number(String(current.last_receipt_number ?? "").split("-").at(-1)) || 0
  if (current.shift) return { base, token, shift: current.shift.id, till, seq }
  const { shift } = await ok(call(base, "/pos/shifts", { token, body: { client_id: randomUUID(), till_id: till, opening_float: 500_000 } }), `open shift ${till}`)
  return { base, token, shift: shift.id, till, seq }
}

export function saleBody(t: Till, lines: (Line & { unit_price: number })[]) {
  const total = lines.reduce((s, l) => s + l.quantity * l.unit_price, 0)
  t.seq += 1
  return {
    client_id: randomUUID(),
    till_id: t.till,
    shift_id: t.shift,
    receipt_number: `${t.till.replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(0, 8)}-${String(t.seq).padStart(6, "0")}`,
    lines,
    payments: [{ method: "cash", amount: total, tendered: total }],
  }
}

/** A counter sale sent online: 201 is a new sale, 200 the same sale again. */
export async function sell(t: Till, body: unknown, base = t.base) {
  const r = await call(base, "/pos/sales", { token: t.token, body })
  return { ...r, orderId: r.status === 201 || r.status === 200 ? (r.body?.sale?.order_id as string | null) : null }
}
