import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WEB_CHANNEL_KIND } from "../lib/checkout/web-channel"
import { notifyProducersOfSale } from "../lib/notifications/producer-new-order"

const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

/** A web order was placed: each producer with goods in it hears of their lines (the counter has its own event). */
export default async function producerNewWebOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "metadata", "sales_channel.metadata", "items.product_id", "items.product_title", "items.quantity", "items.total"],
    filters: { id: event.data.id },
  })
  // Counter orders are announced from their sale record (producer-new-counter-sale.ts).
  if (!order || (order.metadata as any)?.source === "pos") return
  const channel = order.sales_channel?.metadata as Record<string, any> | undefined
  const handle = channel?.kind === WEB_CHANNEL_KIND ? channel.ocop_centre_handle : null
  const { data: centres } = handle ? await query.graph({ entity: "centre", fields: ["name_vi"], filters: { handle } }) : { data: [] as any[] }
  await notifyProducersOfSale(container, {
    channel: "web",
    sale_id: order.id,
    reference: `#${order.display_id}`,
    centre: centres[0]?.name_vi ?? null,
    lines: (order.items ?? [])
      .filter((i: any) => i?.product_id)
      .map((i: any) => ({ product_id: i.product_id, title: i.product_title ?? "", quantity: num(i.quantity), total: Math.round(num(i.total)) })),
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
