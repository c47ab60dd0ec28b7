import type { WebhookActionResult } from "@medusajs/framework/types"
import { PaymentActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { recordWebhookEventStep } from "./steps/record-webhook-event"

type Input = { event_id: string; event_type: string; action: WebhookActionResult }

/** Actions that move money or an order forward; the rest (created, processing, failed,
 *  requires_action, canceled) leave the cart for the shopper to retry, as Medusa's own handler does. */
const ACTED_ON: string[] = [PaymentActions.AUTHORIZED, PaymentActions.SUCCESSFUL]

/**
 * A verified Stripe event, acted on once. Medusa's process-payment workflow does the work: it
 * locks the cart and looks at the state of the session, payment and order rather than trusting
 * event order, so "succeeded" before "amount_capturable_updated", or an event for an order the
 * storefront already completed, ends in the same single order and capture.
 */
export const processStripeEventWorkflow = createWorkflow("ocop-process-stripe-event", (input: Input) => {
  const record = recordWebhookEventStep(
    transform({ input }, ({ input }) => ({
      provider: "stripe",
      event_id: input.event_id,
      event_type: input.event_type,
      payment_ref: input.action.data?.session_id ?? null,
    }))
  )
  const acted = transform({ input, record }, ({ input, record }) =>
    !record.duplicate && !!input.action.data?.session_id && ACTED_ON.includes(input.action.action)
  )
  when("act-on-stripe-event", { acted }, ({ acted }) => acted).then(() => {
    processPaymentWorkflow.runAsStep({ input: input.action })
  })
  return new WorkflowResponse({ duplicate: record.duplicate, acted })
})
