/**
 * What each centre carries, read from the one inventory: a centre carries a product when one of
 * the product's inventory items has a level at the centre's stock location.
 */
type Query = { graph: (config: any) => Promise<{ data: any[] }> }

export async function listCentresWithLocations(query: Query, filters: Record<string, unknown> = {}) {
  const { data } = await query.graph({
    entity: "centre",
    fields: ["*", "stock_location.id", "sales_channel.id"],
    filters,
  })
  return data as (Record<string, any> & { stock_location?: { id: string }; sales_channel?: { id: string } })[]
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
