import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const setCartSalesChannelStepId = "ocop-set-cart-sales-channel"

/** Moves an open cart to another sales channel; compensation moves it back. A placed cart is
 *  left alone: its order already carries the channel it was placed in. */
export const setCartSalesChannelStep = createStep(
  setCartSalesChannelStepId,
  async (input: { cart_id: string; sales_channel_id: string }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const before = await carts.retrieveCart(input.cart_id, { select: ["id", "sales_channel_id", "completed_at"] })
    if (before.completed_at || before.sales_channel_id === input.sales_channel_id) return new StepResponse({ moved: false }, null)
    await carts.updateCarts(input.cart_id, { sales_channel_id: input.sales_channel_id })
    return new StepResponse({ moved: true }, { cart_id: input.cart_id, previous: before.sales_channel_id ?? null })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.CART).updateCarts(undo.cart_id, { sales_channel_id: undo.previous })
  }
)
