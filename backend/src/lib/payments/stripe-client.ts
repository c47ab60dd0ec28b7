import Stripe from "stripe"
import { stripeConfigured } from "../../config/payments"

/**
 * Our own stripe-node client, for the two things Medusa's Stripe provider does not hand back:
 * whether a webhook's signature is good, and why an intent is not paid.
 */
let client: Stripe | undefined
function stripe() {
  client ??= new Stripe(process.env.STRIPE_API_KEY!)
  return client
}

/** True when `signature` (the Stripe-Signature header) signs exactly this raw body with our secret. */
export function stripeSignatureValid(rawBody: Buffer | undefined, signature: unknown): boolean {
  if (!stripeConfigured(process.env) || !rawBody || typeof signature !== "string") return false
  try {
    // The signature only: constructEvent also parses the body, and threw a SyntaxError (a 500) on a
    // signed body that is not JSON, such as an empty one (found by the route fuzz).
    return stripe().webhooks.signature.verifyHeader(rawBody.toString("utf8"), signature, process.env.STRIPE_WEBHOOK_SECRET!)
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) return false
    throw error
  }
}

/**
 * Why a payment intent is not paid, read from Stripe. Medusa's cart completion only says "not
 * authorized"; the intent's status and last error say whether the card was declined (and why)
 * or the bank still wants 3-D Secure. A read, so no idempotency key is needed.
 */
export async function stripeIntentProblem(intentId: string) {
  if (!stripeConfigured(process.env)) return null
  const intent = await stripe().paymentIntents.retrieve(intentId)
  return { status: intent.status, last_payment_error: intent.last_payment_error }
}
