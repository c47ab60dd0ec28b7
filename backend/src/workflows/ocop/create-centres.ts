import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../modules/ocop"
import { validateOcopInputStep } from "./steps/validate-ocop-input"
import { createOcopRecordsStep } from "./steps/create-ocop-records"
import type { CentreInput } from "./types"
import { webChannelData } from "../../lib/checkout/web-channel"

export const createCentresWorkflowId = "create-centres"

/**
 * A centre comes with its own stock location and two sales channels that sell from it alone: the
 * counter (POS) and the web channel for the online orders it hands over (lib/checkout/web-channel.ts).
 * The online store's channel (the store's default) is linked to every centre's location, so the
 * web shop sells from the same stock the counters do.
 */
export const createCentresWorkflow = createWorkflow(
  createCentresWorkflowId,
  (input: { centres: CentreInput[] }) => {
    validateOcopInputStep({ entity: "centre", data: input.centres })
    const centres = createOcopRecordsStep({ entity: "centre", data: input.centres })

    const locationsInput = transform({ input }, ({ input }) => ({
      locations: input.centres.map((c) => ({
        name: c.name_vi,
        address: {
          address_1: c.address,
          city: c.commune,
          province: c.province ?? "Hà Nội",
          country_code: "vn",
          phone: c.phone ?? undefined,
        },
        metadata: { ocop_centre_handle: c.handle },
      })),
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationsInput })

    // Two per centre, in this order: counter, web.
    const channelsInput = transform({ input }, ({ input }) => ({
      salesChannelsData: input.centres.flatMap((c) => [
        {
          name: `Quầy bán hàng – ${c.name_vi}`.slice(0, 250),
          description: `Counter sales at ${c.name_en}`,
          metadata: { ocop_centre_handle: c.handle, kind: "counter" },
        },
        webChannelData(c),
      ]),
    }))
    const channels = createSalesChannelsWorkflow.runAsStep({ input: channelsInput })

    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    })

    const links = transform({ centres, locations, channels, stores }, (d): LinkDefinition[] =>
      d.centres.flatMap((centre, i): LinkDefinition[] => {
        const location = d.locations[i]!
        const channel = d.channels[2 * i]!
        const web = d.channels[2 * i + 1]!
        const online = (d.stores[0] as { default_sales_channel_id?: string } | undefined)
          ?.default_sales_channel_id
        return [
          { [OCOP_MODULE]: { centre_id: centre.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
          { [OCOP_MODULE]: { centre_id: centre.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id } },
          { [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
          { [Modules.SALES_CHANNEL]: { sales_channel_id: web.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
          ...(online
            ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: online }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } }]
            : []),
        ]
      })
    )
    createRemoteLinkStep(links)
    return new WorkflowResponse(centres)
  }
)
