import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderPaymentCollectionWorkflow, markPaymentCollectionAsPaid } from "@medusajs/medusa/core-flows"
import { loadSettlementStep, markSaleSettledStep } from "./steps/settle-pos-sale"

export const settlePosSaleWorkflowId = "ocop-settle-pos-sale"

/**
 * The rest of a counter sale on Medusa's books: the order paid (the till took the money) and
 * handed over (fulfilled from the centre's location, which turns its reservation into a stock
 * decrement). Does each part only if it is not done yet, so it can run again after a crash.
 */
export const settlePosSaleWorkflow = createWorkflow(settlePosSaleWorkflowId, (input: { sale_id: string }) => {
  const s = loadSettlementStep(input)
  when("pay-the-order", { s }, ({ s }) => !s.settled && !s.paid).then(() => {
    const collections = createOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ s }, ({ s }) => ({ order_id: s.order_id, amount: s.total })),
    })
    markPaymentCollectionAsPaid.runAsStep({
      input: transform({ s, collections }, ({ s, collections }) => ({ order_id: s.order_id, payment_collection_id: (collections as any)[0].id, captured_by: s.user_id })),
    })
  })
  when("hand-the-order-over", { s }, ({ s }) => !s.settled && !s.fulfilled).then(() => {
    createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ s }, ({ s }) => ({
        order_id: s.order_id,
        items: s.items,
        location_id: s.location_id,
        shipping_option_id: s.shipping_option_id ?? undefined,
        created_by: s.user_id,
        no_notification: true,
      })),
    })
  })
  return new WorkflowResponse(markSaleSettledStep(transform({ s }, ({ s }) => ({ sale_id: s.sale_id, already: s.settled }))))
})
