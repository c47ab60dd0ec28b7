import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCounterChannelStep } from "./steps/add-to-counter-channel"
import { changeDeliveryStatusStep } from "./steps/change-delivery-status"
import { createDeliveryStep } from "./steps/create-delivery"
import { prepareDeliveryStep } from "./steps/prepare-delivery"
import { prepareReceiptStep, type ReceiptInput } from "./steps/prepare-receipt"
import { raiseCentreStockStep } from "./steps/raise-centre-stock"
import type { Locale } from "./types"

/** A producer proposes goods for a centre; nothing moves until the centre confirms receipt. */
export const proposeDeliveryWorkflow = createWorkflow("ocop-propose-producer-delivery", (input: Parameters<typeof prepareDeliveryStep>[0]) => {
  const prepared = prepareDeliveryStep(input)
  return new WorkflowResponse(createDeliveryStep(prepared))
})

/** The producer withdraws a delivery that has not been received. */
export const cancelDeliveryWorkflow = createWorkflow(
  "ocop-cancel-producer-delivery",
  (input: { id: string; producer_id: string; locale: Locale }) => {
    const status = transform({ input }, ({ input }) => ({ ...input, to: "cancelled" as const }))
    return new WorkflowResponse(changeDeliveryStatusStep(status))
  }
)

/**
 * Staff confirm a delivery arrived: marked received once (under the delivery's lock), then the
 * counted goods are added to the centre's stocked quantity and the products put on sale at its
 * counter. A failure undoes the steps before it, so the delivery is back to proposed.
 */
export const receiveDeliveryWorkflow = createWorkflow("ocop-receive-producer-delivery", (input: ReceiptInput) => {
  const receipt = prepareReceiptStep(input)
  const status = transform({ input, receipt }, ({ input, receipt }) => ({
    id: input.id,
    centre_id: input.centre_id,
    to: "received" as const,
    lines: receipt.lines,
    received_by: input.received_by,
    locale: input.locale,
  }))
  const delivery = changeDeliveryStatusStep(status)
  const stock = transform({ receipt }, ({ receipt }) => ({
    location_id: receipt.location_id,
    items: receipt.lines.map((l) => ({ inventory_item_id: l.inventory_item_id, quantity: l.received_quantity })),
  }))
  raiseCentreStockStep(stock)
  const channel = transform({ receipt }, ({ receipt }) => ({
    sales_channel_id: receipt.sales_channel_id ?? "",
    // A centre without a counter channel sells online only; nothing to add to.
    product_ids: receipt.sales_channel_id ? receipt.lines.filter((l) => l.received_quantity > 0).map((l) => l.product_id) : [],
  }))
  addToCounterChannelStep(channel)
  return new WorkflowResponse(delivery)
})
