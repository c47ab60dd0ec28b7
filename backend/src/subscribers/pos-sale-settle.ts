import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { settleWhenQuiet } from "../lib/pos/settle-queue"
import { POS_SALE_RECORDED } from "../workflows/pos/create-pos-sale"

/** A counter sale was recorded and its goods reserved: now pay and hand over its order. */
export default async function posSaleSettle({ event, container }: SubscriberArgs<{ id: string }>) {
  settleWhenQuiet(container, event.data.id)
}

export const config: SubscriberConfig = { event: POS_SALE_RECORDED }
