import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { stripeConfigured } from "../../../../config/payments"
import { stripeSignatureValid } from "../../../../lib/payments/stripe-client"
import { processStripeEventWorkflow } from "../../../../workflows/payments/process-stripe-event"

/**
 * POST /hooks/ocop/stripe: Stripe's webhook endpoint. The signature is checked on the raw body
 * before anything else, and a bad one is a 400 that changes nothing. Medusa's own
 * /hooks/payment/stripe_stripe answers 200 first and checks later, so Stripe never hears of a
 * misconfigured secret; this one answers only once the event is recorded and acted on, so a
 * failure is a 500 that Stripe retries.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  if (!stripeConfigured(process.env)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Stripe payments are not configured on this server.")
  }
  if (!stripeSignatureValid(req.rawBody as Buffer | undefined, req.headers["stripe-signature"])) {
    res.status(400).json({
      type: "invalid_signature",
      message: "The Stripe-Signature header does not match this body and the webhook secret; the event was not processed.",
    })
    return
  }
  const event = req.body as { id?: unknown; type?: unknown }
  if (typeof event?.id !== "string" || !event.id || typeof event.type !== "string" || !event.type) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A Stripe event has an id and a type.")
  }
  // Medusa's provider turns the event into an action (authorized, captured, failed...).
  const action = await req.scope.resolve(Modules.PAYMENT).getWebhookActionAndData({
    provider: "stripe_stripe",
    payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody as Buffer, headers: req.headers as Record<string, unknown> },
  })
  const { result } = await processStripeEventWorkflow(req.scope).run({
    input: { event_id: event.id, event_type: event.type, action },
  })
  res.json({ received: true, duplicate: result.duplicate, acted: result.acted })
}
