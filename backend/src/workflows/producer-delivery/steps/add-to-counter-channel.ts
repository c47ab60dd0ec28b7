import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const addToCounterChannelStepId = "ocop-add-to-counter-channel"

type Input = { sales_channel_id: string; product_ids: string[] }

/**
 * Puts delivered products on sale at the centre's counter: the till sells what its sales channel
 * holds. Only the products not in it yet are linked, and only those are unlinked on compensation.
 */
export const addToCounterChannelStep = createStep(
  addToCounterChannelStepId,
  async (input: Input, { container }) => {
    const ids = [...new Set(input.product_ids)]
    if (!ids.length) return new StepResponse({ added: [] as string[] }, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_sales_channel",
      fields: ["product_id"],
      filters: { product_id: ids, sales_channel_id: input.sales_channel_id },
    })
    const present = new Set(data.map((r: any) => r.product_id as string))
    const added = ids.filter((id) => !present.has(id))
    if (added.length) await container.resolve(ContainerRegistrationKeys.LINK).create(added.map((id) => links(id, input.sales_channel_id)))
    return new StepResponse({ added }, { sales_channel_id: input.sales_channel_id, added })
  },
  async (undo, { container }) => {
    if (!undo?.added.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.added.map((id) => links(id, undo.sales_channel_id)))
  }
)

const links = (productId: string, channelId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})
