import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../../../lib/locale"
import { centreView } from "../../../../../../lib/ocop-views"
import { WEB_CHANNEL_KIND } from "../../../../../../lib/checkout/web-channel"

/**
 * GET /store/ocop/orders/:id/centre: the centre that hands a web order over, and how: where to
 * collect it (address, hours) or where it ships from. The order's sales channel names it
 * (decision 14). Like GET /store/orders/:id, only a registered customer reads their own order;
 * a guest's opens by its id (store/orders/order-owner.ts, wired in middlewares.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "sales_channel.metadata", "shipping_methods.shipping_option_id"],
    filters: { id: req.params.id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  const handle = order.sales_channel?.metadata?.kind === WEB_CHANNEL_KIND ? order.sales_channel.metadata.ocop_centre_handle : null
  const { data: centres } = handle ? await query.graph({ entity: "centre", fields: ["*"], filters: { handle } }) : { data: [] }
  const optionIds = (order.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)
  const { data: options } = optionIds.length
    ? await query.graph({ entity: "shipping_option", fields: ["service_zone.fulfillment_set.type"], filters: { id: optionIds } })
    : { data: [] }
  const pickup = options.some((o: any) => o.service_zone?.fulfillment_set?.type === "pickup")
  res.json({ handover: { kind: pickup ? "pickup" : "delivery", centre: centres[0] ? centreView(centres[0], requestLocale(req)) : null } })
}
