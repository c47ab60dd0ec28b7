import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { recordWebhookEventStep } from "./steps/record-webhook-event"

type Input = {
  /** The bank's id for the transfer. */
  event_id: string
  payment_id: string
  /** What is still owed on the payment: more than this is not captured twice. */
  outstanding: number
  amount: number
}

/**
 * A signed bank notification that a VietQR transfer arrived: the payment counts as received
 * (captured) for what the transfer covers, once per bank transaction.
 */
export const confirmVietQrTransferWorkflow = createWorkflow("ocop-confirm-vietqr-transfer", (input: Input) => {
  const record = recordWebhookEventStep(
    transform({ input }, ({ input }) => ({
      provider: "vietqr",
      event_id: input.event_id,
      event_type: "transfer.received",
      payment_ref: input.payment_id,
    }))
  )
  const capture = transform({ input, record }, ({ input, record }) =>
    record.duplicate || input.outstanding <= 0 ? 0 : Math.min(input.amount, input.outstanding)
  )
  when("capture-vietqr-transfer", { capture }, ({ capture }) => capture > 0).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ input, capture }, ({ input, capture }) => ({ payment_id: input.payment_id, amount: capture })),
    })
  })
  return new WorkflowResponse({ duplicate: record.duplicate, captured: capture })
})
