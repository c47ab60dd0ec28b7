import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { groupBy } from "./group-by"
import { byKey, linkRows, LINKS } from "./link-rows"

/**
 * What each centre carries, read from the one inventory: a centre carries a product when one of
 * the product's inventory items has a level at the centre's stock location.
 */
type Query = { graph: (config: any) => Promise<{ data: any[] }> }

export type CentreWithLinks = Record<string, any> & { stock_location?: { id: string }; sales_channel?: { id: string } }

export async function listCentresWithLocations(query: Query, filters: Record<string, unknown> = {}): Promise<CentreWithLinks[]> {
  const [{ data: centres }, locations, channels] = await Promise.all([
    query.graph({ entity: "centre", fields: ["*"], filters }),
    linkRows(query, LINKS.centreStockLocation, ["centre_id", "stock_location_id"]),
    linkRows(query, LINKS.centreSalesChannel, ["centre_id", "sales_channel_id"]),
  ])
  const location = byKey(locations, "centre_id", "stock_location_id")
  const channel = byKey(channels, "centre_id", "sales_channel_id")
  return centres.map((c: any) => ({
    ...c,
    stock_location: location.has(c.id) ? { id: location.get(c.id)! } : undefined,
    sales_channel: channel.has(c.id) ? { id: channel.get(c.id)! } : undefined,
  }))
}

/**
 * location id -> ids of the published products with stock levels there. Three flat reads joined
 * in memory: the nested graph read (level -> item -> variants -> product) took about 120 ms for
 * the 13 centres, and the home page asks for it on every visit.
 */
export async function publishedProductsByLocation(query: Query, locationIds: string[]) {
  const byLocation = new Map<string, Set<string>>(locationIds.map((id) => [id, new Set<string>()]))
  if (!locationIds.length) return byLocation
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["location_id", "inventory_item_id"],
    filters: { location_id: locationIds },
  })
  const itemIds = [...new Set(levels.map((l: any) => l.inventory_item_id as string))]
  if (!itemIds.length) return byLocation
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["inventory_item_id", "variant_id"],
    filters: { inventory_item_id: itemIds },
  })
  const variantIds = [...new Set(links.map((l: any) => l.variant_id as string))]
  const { data: variants } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "product_id", "product.status"], filters: { id: variantIds } })
    : { data: [] as any[] }
  const productOf = new Map(variants.filter((v: any) => v.product?.status === "published").map((v: any) => [v.id as string, v.product_id as string]))
  const variantsOf = groupBy(links, (l: any) => l.inventory_item_id as string)
  for (const level of levels) {
    for (const link of variantsOf.get(level.inventory_item_id) ?? []) {
      const product = productOf.get((link as any).variant_id)
      if (product) byLocation.get(level.location_id)?.add(product)
    }
  }
  return byLocation
}

export const CENTRE_PRODUCT_COUNTS_KEY = "ocop:centre-product-counts"
/** A safety net: a product published or withdrawn, or stock placed at or removed from a centre,
 *  clears it at once (subscribers/centre-counts-refresh.ts). */
const COUNTS_TTL_SECONDS = 300

/**
 * How many published products each location carries, kept in Medusa's cache module: the public
 * centre list (every home page) asks for all of them, and reading them takes about 90 ms.
 */
export async function cachedProductCounts(scope: MedusaContainer, locationIds: string[]): Promise<Map<string, number>> {
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  let counts = await cache.get<Record<string, number>>(CENTRE_PRODUCT_COUNTS_KEY)
  if (!counts || locationIds.some((id) => !(id in counts!))) {
    const carried = await publishedProductsByLocation(scope.resolve(ContainerRegistrationKeys.QUERY), locationIds)
    counts = Object.fromEntries([...carried].map(([id, products]) => [id, products.size]))
    await cache.set(CENTRE_PRODUCT_COUNTS_KEY, counts, COUNTS_TTL_SECONDS)
  }
  return new Map(Object.entries(counts))
}
