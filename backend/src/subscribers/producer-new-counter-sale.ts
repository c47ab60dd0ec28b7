import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyProducersOfSale } from "../lib/notifications/producer-new-order"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { POS_SALE_RECORDED } from "../workflows/pos/create-pos-sale"

/** A counter sale was recorded: each producer with goods in it hears of their lines, as the receipt printed them. */
export default async function producerNewCounterSale({ event, container }: SubscriberArgs<{ id: string }>) {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const [sale] = await pos.listPosSales({ id: event.data.id }, { take: 1 })
  if (!sale) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: centres } = await query.graph({ entity: "centre", fields: ["name_vi"], filters: { id: sale.centre_id } })
  await notifyProducersOfSale(container, {
    channel: "counter",
    sale_id: sale.id,
    reference: sale.receipt_number,
    centre: centres[0]?.name_vi ?? null,
    lines: ((sale.lines ?? []) as unknown as any[]).map((l) => ({ product_id: l.product_id, title: l.title_vi, quantity: Number(l.quantity), total: Number(l.total) })),
  })
}

export const config: SubscriberConfig = { event: POS_SALE_RECORDED }
