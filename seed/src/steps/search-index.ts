import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { Modules } from "@medusajs/framework/utils"

/** The backend's catalogue index (backend/src/search/product.ts). */
const PRODUCT_INDEX = "product"
/** The id Medusa's search-ingestion subscriber registers under. */
const INGESTION_SUBSCRIBER = "search-ingestion"

/**
 * A bulk load rebuilds the index once at the end (rebuildSearchIndex), so this process does not
 * also re-index product by product on each of its thousands of change events: that doubled the
 * seed's work and, on a fresh database, failed against an index with no live version yet.
 * Only this process stops listening; a running server keeps its own ingestion.
 */
export function pauseSearchIngestion(container: MedusaContainer) {
  const bus = container.resolve(Modules.EVENT_BUS)
  const events = new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))
  for (const event of events) bus.unsubscribe(event, async () => {}, { subscriberId: INGESTION_SUBSCRIBER })
}

/** A full rebuild once everything is in, so search matches the loaded catalogue exactly. */
export async function rebuildSearchIndex(container: MedusaContainer) {
  await container.resolve(Modules.SEARCH).reindex({ index: PRODUCT_INDEX })
}
