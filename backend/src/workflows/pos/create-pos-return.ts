import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  adjustInventoryLevelsStep,
  createAndCompleteReturnOrderWorkflow,
  receiveAndCompleteReturnOrderWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { completePosReturnStep } from "./steps/complete-pos-return"
import { preparePosReturnStep } from "./steps/prepare-pos-return"
import { recordPosReturnStep } from "./steps/record-pos-return"
import type { PosReturnInput } from "./types"

export const createPosReturnWorkflowId = "ocop-create-pos-return"

/**
 * Goods brought back to the counter: checked, recorded once, returned and received on the Medusa
 * order, back in the centre's stock, and refunded on the order's payment (the cash itself leaves
 * the drawer; the shift report counts it). Any failure undoes what came before.
 */
export const createPosReturnWorkflow = createWorkflow(createPosReturnWorkflowId, (input: PosReturnInput) => {
  const prepared = preparePosReturnStep(input)
  const record = recordPosReturnStep({ input, prepared })
  const returned = createAndCompleteReturnOrderWorkflow.runAsStep({
    input: transform({ input, prepared }, ({ input, prepared }) => ({
      order_id: prepared.order_id,
      items: prepared.items.map((i) => ({ id: i.id, quantity: i.quantity })),
      location_id: input.centre.location_id,
      return_shipping: prepared.return_option_id ? { option_id: prepared.return_option_id, price: 0 } : undefined,
      // Received in a step of its own: with receive_now, Medusa 2.21 receives every line of the
      // order in full, not the ones coming back.
      receive_now: false,
      created_by: input.clerk.id,
      no_notification: true,
    })),
  })
  receiveAndCompleteReturnOrderWorkflow.runAsStep({
    input: transform({ returned, prepared, input }, ({ returned, prepared, input }) => ({
      return_id: (returned as any).id,
      items: prepared.items.map((i) => ({ id: i.id, quantity: i.quantity })),
      created_by: input.clerk.id,
    })),
  })
  adjustInventoryLevelsStep(transform({ prepared }, ({ prepared }) => prepared.restock))
  when("refund-the-payment", { prepared }, ({ prepared }) => !!prepared.payment_id && prepared.amount > 0).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ prepared, input }, ({ prepared, input }) => ({ payment_id: prepared.payment_id!, amount: prepared.amount, created_by: input.clerk.id })),
    })
  })
  const done = completePosReturnStep(
    transform({ record, returned, prepared }, ({ record, returned, prepared }) => ({ return_id: record.id, order_return_id: (returned as any)?.id ?? null, prepared }))
  )
  return new WorkflowResponse(done)
})
