import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CATALOGUE_LABELS_KEY } from "../lib/search/catalogue-labels"

/** A centre or village was added, renamed or removed: search facets must show the new names. */
export default async function searchLabelsRefresh({ container }: SubscriberArgs) {
  await container.resolve<ICacheService>(Modules.CACHE).invalidate(CATALOGUE_LABELS_KEY)
}

export const config: SubscriberConfig = {
  event: [
    "ocop.centre.created", "ocop.centre.updated", "ocop.centre.deleted",
    "ocop.craft-village.created", "ocop.craft-village.updated", "ocop.craft-village.deleted",
  ],
}
