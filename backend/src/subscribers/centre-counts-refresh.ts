import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CENTRE_PRODUCT_COUNTS_KEY } from "../lib/centre-catalogue"

/** What a centre carries changed: the public centre list must count it again. */
export default async function centreCountsRefresh({ container }: SubscriberArgs) {
  await container.resolve<ICacheService>(Modules.CACHE).invalidate(CENTRE_PRODUCT_COUNTS_KEY)
}

export const config: SubscriberConfig = {
  event: [
    "product.created", "product.updated", "product.deleted",
    "inventory-level.created", "inventory-level.deleted",
    "ocop.centre.created", "ocop.centre.deleted",
  ],
}
