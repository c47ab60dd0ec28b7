import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_INDEX } from "./product-index-fields"
import { onIndexedRows } from "./reindex-progress"

export type ReindexProgress = (done: number, total: number) => void

/**
 * Rebuilds the catalogue index from the database through the Search Module: it fills a new
 * version beside the live one, catches up on changes made meanwhile, then switches reads to it,
 * so searches keep answering throughout. Reports rows read as it goes.
 */
export async function reindexProducts(container: MedusaContainer, onProgress: ReindexProgress = () => {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { take: 1, skip: 0 } })
  const total = metadata?.count ?? 0
  let done = 0
  onProgress(0, total)
  const stop = onIndexedRows((rows) => {
    // The catch-up pass reads again what changed during the run; never report past the total.
    done = Math.min(total, done + rows)
    onProgress(done, total)
  })
  const started = Date.now()
  try {
    await container.resolve(Modules.SEARCH).reindex({ index: PRODUCT_INDEX })
  } finally {
    stop()
  }
  onProgress(total, total)
  return { products: total, seconds: (Date.now() - started) / 1000 }
}

