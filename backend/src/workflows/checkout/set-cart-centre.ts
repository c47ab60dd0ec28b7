import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCartSalesChannelStep } from "./steps/set-cart-sales-channel"

export const setCartCentreWorkflowId = "ocop-set-cart-centre"

/**
 * Puts a cart in the online sales channel of the centre that hands it over, which sells from that
 * centre's stock location only: Medusa's own completion then reserves there, under its own lock,
 * and the order names the centre (INVARIANTS 2). Run again with the previous channel to undo.
 */
export const setCartCentreWorkflow = createWorkflow(setCartCentreWorkflowId, (input: { cart_id: string; sales_channel_id: string }) => {
  const moved = setCartSalesChannelStep(input)
  return new WorkflowResponse(moved)
})
