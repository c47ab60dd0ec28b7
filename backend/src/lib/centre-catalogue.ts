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

/** location id -> ids of the published products with stock levels there. */
export async function publishedProductsByLocation(query: Query, locationIds: string[]) {
  const byLocation = new Map<string, Set<string>>(locationIds.map((id) => [id, new Set<string>()]))
  if (!locationIds.length) return byLocation
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["location_id", "inventory_item.variants.product.id", "inventory_item.variants.product.status"],
    filters: { location_id: locationIds },
  })
  for (const level of data) {
    for (const variant of level.inventory_item?.variants ?? []) {
      if (variant?.product?.status === "published") byLocation.get(level.location_id)?.add(variant.product.id)
    }
  }
  return byLocation
}
