import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { webChannelData } from "../../lib/checkout/web-channel"

export const ensureCentreWebChannelsWorkflowId = "ocop-ensure-centre-web-channels"

type Input = { centres: { handle: string; name_vi: string; name_en: string; location_id: string }[] }

/** Gives centres made before web channels existed their online channel (the seed runs this). */
export const ensureCentreWebChannelsWorkflow = createWorkflow(ensureCentreWebChannelsWorkflowId, (input: Input) => {
  when("has-centres-without-web-channel", { input }, ({ input }) => input.centres.length > 0).then(() => {
    const channels = createSalesChannelsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ salesChannelsData: input.centres.map(webChannelData) })),
    })
    const links = transform({ input, channels }, ({ input, channels }): LinkDefinition[] =>
      input.centres.map((c, i) => ({
        [Modules.SALES_CHANNEL]: { sales_channel_id: channels[i]!.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: c.location_id },
      }))
    )
    createRemoteLinkStep(links)
  })
  return new WorkflowResponse({ created: transform({ input }, ({ input }) => input.centres.length) })
})
