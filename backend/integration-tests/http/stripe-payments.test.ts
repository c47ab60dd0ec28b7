import { createHmac } from "node:crypto"
import { beforeAll, describe, expect, inject, it } from "vitest"
import { PAYMENT_ENV } from "../setup/payment-env"
import { adminToken, api, publishableKey } from "./api"
import { cartAtShipping, completeCart, regionId, startPayment } from "./checkout"

/**
 * Stripe through @medusajs/payment-stripe, against msw's stand-in for api.stripe.com inside the
 * test server (integration-tests/stripe/fake-stripe.mjs). The control URL plays the shopper's
 * browser (Stripe.js confirming the card) and shows what the server sent to Stripe.
 */
const STRIPE = "pp_stripe_stripe"
let key: string
let admin: string

type StripeRequest = { method: string; path: string; idempotency_key: string | null; params: Record<string, string> }
const control = (path: string, body?: unknown) =>
  fetch(`${inject("stripeControlUrl")}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((r) => r.json())
const stripeRequests = (): Promise<StripeRequest[]> => control("/requests")
const confirmCard = (intentId: string, paymentMethod: string) => control(`/payment_intents/${intentId}/confirm`, { payment_method: paymentMethod })

/** Signs a Stripe event the way Stripe does: t=<time>,v1=HMAC-SHA256(secret, "<t>.<body>"). */
function signed(event: unknown, secret = PAYMENT_ENV.STRIPE_WEBHOOK_SECRET) {
  const body = JSON.stringify(event)
  const t = Math.floor(Date.now() / 1000)
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")
  return { body, signature: `t=${t},v1=${v1}` }
}

async function sendEvent(event: unknown, secret?: string) {
  const { body, signature } = signed(event, secret)
  const res = await fetch(`${inject("baseUrl")}/hooks/ocop/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body,
  })
  return { status: res.status, body: await res.json() }
}

let eventSerial = 0
const stripeEvent = (type: string, intent: unknown) => ({ id: `evt_test_${Date.now()}_${++eventSerial}`, object: "event", type, data: { object: intent } })

/** A cart with a Stripe session whose intent the shopper's browser has confirmed with `card`. */
async function confirmedCart(region: "Việt Nam" | "International", card = "pm_card_visa") {
  const cart = await cartAtShipping({ key, region })
  const { session } = await startPayment(key, cart.id, STRIPE)
  const intent = await confirmCard(session.data.id, card)
  return { cart, session, intent }
}

async function capturesFor(orderId: string) {
  const { body } = await api(`/admin/orders/${orderId}?fields=payment_status,*payment_collections.payments.captures,*payment_collections.payments.refunds`, { token: admin })
  const payments = body.order.payment_collections.flatMap((c: any) => c.payments)
  return { status: body.order.payment_status as string, payments, captures: payments.flatMap((p: any) => p.captures) }
}

beforeAll(async () => {
  admin = await adminToken()
  key = await publishableKey(admin)
})

describe("Stripe card payments", () => {
  it("is offered in both regions when its keys are set, beside VietQR and pay-at-pickup in Vietnam", async () => {
    const providers = async (name: "Việt Nam" | "International") => {
      const { body } = await api(`/store/payment-providers?region_id=${await regionId(key, name)}`, { key })
      return body.payment_providers.map((p: any) => p.id).sort()
    }
    expect(await providers("Việt Nam")).toEqual(["pp_stripe_stripe", "pp_system_default", "pp_vietqr_vietqr"])
    expect(await providers("International")).toEqual(["pp_stripe_stripe"])
  })

  it("asks Stripe for the cart total in đồng, VND having no minor unit", async () => {
    const cart = await cartAtShipping({ key, region: "Việt Nam", quantity: 2 })
    const { session } = await startPayment(key, cart.id, STRIPE)
    const created = (await stripeRequests()).filter((r) => r.method === "POST" && r.path === "/v1/payment_intents").at(-1)!
    expect(Number.isInteger(cart.total)).toBe(true)
    expect(created.params.currency).toBe("vnd")
    expect(Number(created.params.amount)).toBe(cart.total)
    expect(created.params["metadata[session_id]"]).toBe(session.id)
    expect(session.data.client_secret).toBeTruthy() // what the Payment Element needs
  })

  it("asks Stripe for the cart total in cents for US dollars", async () => {
    const cart = await cartAtShipping({ key, region: "International" })
    await startPayment(key, cart.id, STRIPE)
    const created = (await stripeRequests()).filter((r) => r.method === "POST" && r.path === "/v1/payment_intents").at(-1)!
    expect(created.params.currency).toBe("usd")
    expect(Number(created.params.amount)).toBe(Math.round(cart.total * 100))
    expect(cart.total * 100).not.toBe(cart.total) // a real dollar amount, so the test tells the units apart
  })

  it("places the order and takes the money when the card is approved, then refunds from the admin", async () => {
    const { cart } = await confirmedCart("International")
    const done = await completeCart(key, cart.id)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const order = done.body.order
    const paid = await capturesFor(order.id)
    expect(paid.status).toBe("captured") // capture happens when the order is placed (STRIPE_CAPTURE=automatic)

    const payment = paid.payments[0]
    const refund = await api(`/admin/payments/${payment.id}/refund`, { method: "POST", token: admin, body: { amount: 10.5 } })
    expect(refund.status).toBe(200)
    const sent = (await stripeRequests()).filter((r) => r.path === "/v1/refunds").at(-1)!
    expect(sent.params.amount).toBe("1050")
    expect(sent.idempotency_key).toBeTruthy()
    const after = await capturesFor(order.id)
    expect(after.status).toBe("partially_refunded")
  })

  it("keeps the cart and says why, in the shopper's language, when the card is declined", async () => {
    const { cart } = await confirmedCart("Việt Nam", "pm_card_chargeDeclinedInsufficientFunds")
    const vi = await completeCart(key, cart.id, "vi")
    expect(vi.status, JSON.stringify(vi.body)).toBe(400)
    expect(vi.body.code).toBe("insufficient_funds")
    expect(vi.body.sentence).toMatch(/Thẻ không đủ số dư/)
    expect(vi.body.sentence).toMatch(/Giỏ hàng của bạn vẫn được giữ nguyên/)
    // Medusa drops the failed session, so the next try starts a new one, here in English.
    const again = await confirmedCart("Việt Nam", "pm_card_chargeDeclinedInsufficientFunds")
    const en = await completeCart(key, again.cart.id, "en")
    expect(en.body).toMatchObject({ code: "insufficient_funds", sentence: expect.stringMatching(/^The card does not have enough funds/) })

    const { body } = await api(`/store/carts/${cart.id}`, { key })
    expect(body.cart.completed_at).toBeNull()
    expect(body.cart.items).toHaveLength(1)
  })

  it("asks for 3-D Secure, then places the order once the shopper has approved it", async () => {
    const { cart, session } = await confirmedCart("International", "pm_card_threeDSecure2Required")
    const pending = await completeCart(key, cart.id)
    expect(pending.status, JSON.stringify(pending.body)).toBe(400)
    expect(pending.body.code).toBe("authentication_required")
    expect(pending.body.sentence).toMatch(/3-D Secure/)
    await control(`/payment_intents/${session.data.id}/authenticate`, {})
    const done = await completeCart(key, cart.id)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
  })

  it("sends an idempotency key with every POST to Stripe", async () => {
    const posts = (await stripeRequests()).filter((r) => r.method === "POST")
    expect(posts.length).toBeGreaterThan(3)
    expect(posts.filter((r) => !r.idempotency_key)).toEqual([])
  })
})

describe("Stripe webhooks", () => {
  it("rejects an event whose signature does not match, and records nothing", async () => {
    const { cart, intent } = await confirmedCart("International")
    const event = stripeEvent("payment_intent.succeeded", intent)
    const forged = await sendEvent(event, "whsec_somebody_else")
    expect(forged.status).toBe(400)
    expect(forged.body.message).toMatch(/signature/i)
    expect((await api(`/store/carts/${cart.id}`, { key })).body.cart.completed_at).toBeNull()

    // Nothing was recorded: the same event, properly signed, is still acted on.
    const genuine = await sendEvent(event)
    expect(genuine.status).toBe(200)
    expect(genuine.body).toMatchObject({ duplicate: false, acted: true })
  })

  it("places one order when the same event is delivered ten times, five of them at once", async () => {
    const { cart, intent } = await confirmedCart("Việt Nam")
    const event = stripeEvent("payment_intent.succeeded", intent)
    const replies = [await sendEvent(event)]
    for (let i = 0; i < 4; i++) replies.push(await sendEvent(event))
    replies.push(...(await Promise.all(Array.from({ length: 5 }, () => sendEvent(event)))))
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(200))
    expect(replies.filter((r) => !r.body.duplicate)).toHaveLength(1)

    const { body } = await api(`/store/carts/${cart.id}`, { key })
    expect(body.cart.completed_at).not.toBeNull()
    // The storefront's own completion afterwards finds the same order.
    const done = await completeCart(key, cart.id)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const paid = await capturesFor(done.body.order.id)
    expect(paid.payments).toHaveLength(1)
    expect(paid.captures).toHaveLength(1)
    expect(paid.status).toBe("captured")
  })

  it("handles events out of order: success first, then late 'created' and 'capturable' events change nothing", async () => {
    const { cart, intent } = await confirmedCart("International")
    expect((await sendEvent(stripeEvent("payment_intent.succeeded", intent))).body.acted).toBe(true)
    const late = await sendEvent(stripeEvent("payment_intent.created", { ...intent, status: "requires_payment_method" }))
    expect(late.body.acted, JSON.stringify(late.body)).toBe(false)
    await sendEvent(stripeEvent("payment_intent.amount_capturable_updated", { ...intent, amount_capturable: intent.amount }))

    const done = await completeCart(key, cart.id)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const paid = await capturesFor(done.body.order.id)
    expect(paid.payments).toHaveLength(1)
    expect(paid.captures).toHaveLength(1)
  })

  it("completes the order from the storefront first, and the webhook after it adds nothing", async () => {
    const { cart, intent } = await confirmedCart("Việt Nam")
    const done = await completeCart(key, cart.id)
    expect(done.body.type, JSON.stringify(done.body)).toBe("order")
    const reply = await sendEvent(stripeEvent("payment_intent.succeeded", intent))
    expect(reply.status).toBe(200)
    const paid = await capturesFor(done.body.order.id)
    expect(paid.captures).toHaveLength(1)
    expect(paid.status).toBe("captured")
  })
})
