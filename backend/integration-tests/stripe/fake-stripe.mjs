// Loaded into the test backend with `node --import` (integration-tests/setup/global-setup.mts).
// msw answers the server's calls to api.stripe.com like Stripe's test mode would, since there
// is no network here. A control port stands in for what happens outside the server: the
// shopper's browser confirming a card with Stripe.js (and 3-D Secure), and lets tests read
// every request the server sent to Stripe.
import http from "node:http"
import { createRequire } from "node:module"
import { http as mswHttp, HttpResponse } from "msw"
import { setupServer } from "msw/node"

// Only the server process fakes Stripe: processes it spawns (Medusa's telemetry sender, say)
// must not load this file again and fight over the control port.
process.env.NODE_OPTIONS = (process.env.NODE_OPTIONS ?? "").replace(/--import\s+\S*fake-stripe\.mjs/, "").trim()

const intents = new Map()
const requests = []
let serial = 0
const nextId = (prefix) => `${prefix}_fake${String(++serial).padStart(6, "0")}`

/** Stripe's form encoding, flattened: "metadata[session_id]" stays one key. */
function params(text) {
  return Object.fromEntries(new URLSearchParams(text))
}

function error(status, type, message, extra = {}) {
  return HttpResponse.json({ error: { type, message, ...extra } }, { status })
}

/** Test card payment methods (https://docs.stripe.com/testing): what confirming with each does. */
const CARDS = {
  pm_card_visa: { outcome: "approved" },
  pm_card_chargeDeclined: { outcome: "declined", code: "card_declined", decline_code: "generic_decline" },
  pm_card_chargeDeclinedInsufficientFunds: { outcome: "declined", code: "card_declined", decline_code: "insufficient_funds" },
  pm_card_threeDSecure2Required: { outcome: "3ds" },
}

function approve(intent) {
  intent.last_payment_error = null
  intent.next_action = null
  if (intent.capture_method === "manual") {
    intent.status = "requires_capture"
    intent.amount_capturable = intent.amount
  } else {
    intent.status = "succeeded"
    intent.amount_received = intent.amount
  }
}

function confirm(intent, paymentMethod) {
  const card = CARDS[paymentMethod] ?? CARDS.pm_card_visa
  intent.payment_method = paymentMethod
  if (card.outcome === "approved") approve(intent)
  else if (card.outcome === "3ds") {
    intent.status = "requires_action"
    intent.next_action = { type: "use_stripe_sdk" }
  } else {
    intent.status = "requires_payment_method"
    intent.last_payment_error = { type: "card_error", code: card.code, decline_code: card.decline_code, message: "Your card was declined." }
  }
  return intent
}

const api = "https://api.stripe.com/v1"
const server = setupServer(
  mswHttp.all(`${api}/*`, async ({ request }) => {
    const url = new URL(request.url)
    const body = request.method === "GET" ? {} : params(await request.text())
    requests.push({
      method: request.method,
      path: url.pathname,
      idempotency_key: request.headers.get("idempotency-key"),
      params: body,
    })
    const parts = url.pathname.replace(/^\/v1\//, "").split("/")

    if (parts[0] === "payment_intents") {
      const [, id, action] = parts
      if (!id && request.method === "POST") {
        const intent = {
          id: nextId("pi"),
          object: "payment_intent",
          amount: Number(body.amount),
          currency: body.currency,
          status: "requires_payment_method",
          capture_method: body.capture_method ?? "automatic",
          client_secret: `secret_${serial}`,
          metadata: { session_id: body["metadata[session_id]"] },
          amount_received: 0,
          amount_capturable: 0,
          last_payment_error: null,
          next_action: null,
          payment_method: null,
          created: Math.floor(Date.now() / 1000),
        }
        intents.set(intent.id, intent)
        return HttpResponse.json(intent)
      }
      const intent = intents.get(id)
      if (!intent) return error(404, "invalid_request_error", `No such payment_intent: '${id}'`, { code: "resource_missing" })
      if (request.method === "GET") return HttpResponse.json(intent)
      if (!action) {
        if (body.amount) intent.amount = Number(body.amount)
        return HttpResponse.json(intent)
      }
      if (action === "capture") {
        if (intent.status !== "requires_capture") {
          return error(400, "invalid_request_error", "This PaymentIntent could not be captured.", { code: "payment_intent_unexpected_state" })
        }
        intent.status = "succeeded"
        intent.amount_received = Number(body.amount_to_capture ?? intent.amount)
        intent.amount_capturable = 0
        return HttpResponse.json(intent)
      }
      if (action === "cancel") {
        intent.status = "canceled"
        return HttpResponse.json(intent)
      }
    }
    if (parts[0] === "refunds" && request.method === "POST") {
      const intent = intents.get(body.payment_intent)
      if (!intent) return error(404, "invalid_request_error", "No such payment_intent", { code: "resource_missing" })
      return HttpResponse.json({ id: nextId("re"), object: "refund", amount: Number(body.amount), payment_intent: intent.id, currency: intent.currency, status: "succeeded" })
    }
    if (parts[0] === "payment_methods" && parts[1] && request.method === "GET") {
      return HttpResponse.json({ id: parts[1], object: "payment_method", type: "card", card: { brand: "visa", last4: "4242" } })
    }
    if (parts[0] === "customers" && request.method === "POST") {
      return HttpResponse.json({ id: nextId("cus"), object: "customer", email: body.email ?? null })
    }
    return error(404, "invalid_request_error", `Unrecognized request URL (${request.method}: ${url.pathname}).`)
  })
)
server.listen({ onUnhandledRequest: "bypass" })

// stripe-node's default Node client writes its body only after the socket's `secureConnect`,
// which msw's mock socket never emits on Node 20 (mswjs/msw#2569), so every call would hang.
// Both copies of stripe-node in the server (the provider's own and ours) are switched to
// stripe-node's fetch client, which msw intercepts; request building (amounts, idempotency
// keys) stays stripe-node's.
{
  const here = createRequire(import.meta.url)
  for (const from of [here.resolve("@medusajs/payment-stripe"), here.resolve("stripe")]) {
    const Stripe = createRequire(from)("stripe")
    const platform = Object.getPrototypeOf(new Stripe("sk_test_probe")._platformFunctions)
    platform.createDefaultHttpClient = () => Stripe.createFetchHttpClient()
  }
}

// The control port: the shopper's browser and the test's view of Stripe.
const port = Number(process.env.OCOP_FAKE_STRIPE_PORT || 9191)
http
  .createServer(async (req, res) => {
    const reply = (status, value) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(value))
    }
    let text = ""
    for await (const chunk of req) text += chunk
    const input = text ? JSON.parse(text) : {}
    const match = req.url.match(/^\/payment_intents\/([^/]+)\/(confirm|authenticate)$/)
    if (req.method === "GET" && req.url === "/requests") return reply(200, requests)
    if (req.method === "POST" && match) {
      const intent = intents.get(match[1])
      if (!intent) return reply(404, { message: "no such intent" })
      if (match[2] === "confirm") return reply(200, confirm(intent, input.payment_method))
      if (intent.status !== "requires_action") return reply(400, { message: "nothing to authenticate" })
      approve(intent)
      return reply(200, intent)
    }
    const one = req.url.match(/^\/payment_intents\/([^/]+)$/)
    if (req.method === "GET" && one) return intents.has(one[1]) ? reply(200, intents.get(one[1])) : reply(404, {})
    reply(404, { message: "unknown control route" })
  })
  .listen(port, "127.0.0.1")
