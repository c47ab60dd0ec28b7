import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { catalogueChanges, catalogueProducts, INCREMENTAL_FOR_MS, soldProductIds } from "../../../lib/pos/catalogue"
import { pos } from "../pos-clerk"
import type { PosCatalogueQuery } from "../validators"

/**
 * GET /pos/catalogue[?since=<at of an earlier answer>]: what this counter sells (its counter
 * sales channel), with barcodes, VND prices and what is free at this centre now: the till keeps
 * it on the device, so a scan finds its line without the network. With `since`, only what changed
 * (`full: false`); without it, or after a week, everything (`full: true`).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { centre } = pos(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { since } = req.validatedQuery as z.infer<typeof PosCatalogueQuery>
  // Taken before anything is read, so a change made during the reads shows up next time.
  const at = new Date()
  const sold = await soldProductIds(query, centre)
  const from = since ? new Date(since) : null
  if (!from || at.getTime() - from.getTime() > INCREMENTAL_FOR_MS) {
    return res.json({ at: at.toISOString(), full: true, products: await catalogueProducts(query, centre, sold), removed: [], stock: [] })
  }
  const { changed, removed, stock } = await catalogueChanges(query, centre, sold, from)
  res.json({ at: at.toISOString(), full: false, products: await catalogueProducts(query, centre, changed), removed, stock })
}
