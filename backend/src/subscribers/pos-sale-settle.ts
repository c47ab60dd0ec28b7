import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleSale } from "../lib/pos/settle"
import { POS_SALE_RECORDED } from "../workflows/pos/create-pos-sale"

/** A counter sale was recorded and its goods reserved: now pay and hand over its order. */
export default async function posSaleSettle({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await settleSale(container, event.data.id)
  } catch (error) {
    // The catch-up job (jobs/settle-pos-sales.ts) tries again; the sale itself is safe.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Counter sale ${event.data.id} not settled yet: ${error}`)
  }
}

export const config: SubscriberConfig = { event: POS_SALE_RECORDED }
