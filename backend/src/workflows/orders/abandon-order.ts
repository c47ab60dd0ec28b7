import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { forgetPendingPosSaleStep } from "./steps/forget-pending-pos-sale"

export const abandonOrderWorkflowId = "ocop-abandon-order"

/**
 * An order no buyer was told about (lib/orders/abandoned.ts) is cancelled with Medusa's own
 * workflow, which releases whatever it reserved and voids any payment, and stays on the books as
 * cancelled. A counter sale's pending record goes too, so the till's retry is recorded once.
 */
export const abandonOrderWorkflow = createWorkflow(abandonOrderWorkflowId, (input: { order_id?: string; pos_sale_id?: string }) => {
  when("cancel-the-order", { input }, ({ input }) => !!input.order_id).then(() => {
    cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id! })) })
  })
  when("forget-the-sale", { input }, ({ input }) => !!input.pos_sale_id).then(() => {
    forgetPendingPosSaleStep(transform({ input }, ({ input }) => ({ sale_id: input.pos_sale_id! })))
  })
  return new WorkflowResponse(input)
})
