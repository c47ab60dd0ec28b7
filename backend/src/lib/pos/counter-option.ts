import type { ICacheService } from "@medusajs/framework/types"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
// Both change only when the shop's set-up changes; a sale reads them every time.
const TTL_SECONDS = 300

async function remembered<T>(cache: ICacheService | undefined, key: string, read: () => Promise<T>): Promise<T> {
  const hit = cache ? await cache.get<{ v: T }>(key) : null
  if (hit) return hit.v
  const value = await read()
  if (cache && value !== null && value !== undefined) await cache.set(key, { v: value }, TTL_SECONDS)
  return value
}

/**
 * The centre's pick-up shipping option: goods handed over (or brought back) at its counter are
 * fulfilled through it, from the centre's own stock location.
 */
export function counterShippingOption(query: Query, locationId: string, cache?: ICacheService): Promise<string | null> {
  return remembered(cache, `ocop:pos:counter-option:${locationId}`, async () => {
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "service_zone.fulfillment_set.type", "service_zone.fulfillment_set.location.id"],
    })
    const found = options.find((o: any) => o.service_zone?.fulfillment_set?.type === "pickup" && o.service_zone.fulfillment_set.location?.id === locationId)
    return (found?.id as string | undefined) ?? null
  })
}

/** The Vietnam region (prices in đồng), where every counter sale is priced. */
export function vndRegionId(query: Query, cache?: ICacheService): Promise<string | null> {
  return remembered(cache, "ocop:pos:vnd-region", async () => {
    const { data } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
    return (data[0]?.id as string | undefined) ?? null
  })
}
