import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import type { CatalogueLabels } from "./search-response"

export const CATALOGUE_LABELS_KEY = "ocop:search:labels"
/** A safety net: renames also clear the entry at once (subscribers/search-labels-refresh.ts). */
const TTL_SECONDS = 300

type Rows = { centres: [string, string, string | null][]; villages: [string, string][] }

/**
 * Names of every centre and craft village, for facet labels. Kept in Medusa's cache module (in
 * memory, or Redis when REDIS_URL is set), so a search does not read them each time.
 */
export async function catalogueLabels(scope: MedusaContainer): Promise<CatalogueLabels> {
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  let rows = await cache.get<Rows>(CATALOGUE_LABELS_KEY)
  if (!rows) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: centres }, { data: villages }] = await Promise.all([
      query.graph({ entity: "centre", fields: ["handle", "name_vi", "name_en"] }),
      query.graph({ entity: "craft_village", fields: ["handle", "name"] }),
    ])
    rows = {
      centres: centres.map((c: any) => [c.handle, c.name_vi, c.name_en ?? null]),
      villages: villages.map((v: any) => [v.handle, v.name]),
    }
    await cache.set(CATALOGUE_LABELS_KEY, rows, TTL_SECONDS)
  }
  return {
    centres: new Map(rows.centres.map(([handle, name_vi, name_en]) => [handle, { name_vi, name_en }])),
    villages: new Map(rows.villages),
  }
}
