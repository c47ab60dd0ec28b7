import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../../../config/payments"
import { requestLocale } from "../../../lib/locale"
import { paymentErrorCode, paymentErrorSentence } from "../../../lib/payments/payment-error-sentence"
import { stripeIntentProblem } from "../../../lib/payments/stripe-client"

const NOT_AUTHORIZED = /was not authorized with the provider/

/**
 * Around Medusa's POST /store/carts/:id/complete. When the payment is not authorized Medusa answers
 * 400 with an English developer message and keeps the cart. This adds `code` and `sentence`: a
 * sentence in the shopper's language (?locale=vi|en) that the storefront and till show as is.
 */
export function paymentErrorSentences(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  // Read now: Express puts back the previous params once this middleware's layer is left.
  const cartId = req.params.id
  res.json = ((body: any) => {
    if (res.statusCode < 400 || !NOT_AUTHORIZED.test(String(body?.message ?? ""))) return json(body)
    explain(req, cartId)
      .catch((error) => {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not tell why cart ${cartId}'s payment failed: ${error}`)
        return "payment_failed"
      })
      .then((code) => json({ ...body, code, sentence: paymentErrorSentence(code, requestLocale(req)) }))
    return res
  }) as typeof res.json
  next()
}

async function explain(req: MedusaRequest, cartId: string | undefined): Promise<string> {
  if (!cartId) return "payment_failed"
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.payment_sessions.provider_id", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const session = (data[0]?.payment_collection?.payment_sessions ?? []).find((s: any) => s?.provider_id === STRIPE_PROVIDER_ID)
  const intentId = session?.data?.id
  if (typeof intentId !== "string") return "payment_failed"
  const problem = await stripeIntentProblem(intentId)
  if (problem?.status === "requires_action") return "authentication_required"
  return paymentErrorCode(problem?.last_payment_error as any)
}
