import type { LoadCluster } from "./cluster"
import { call, ok, okPatiently } from "./shop"

/** The inventory item behind a variant (Medusa's variant–inventory link). */
export async function inventoryItemOf(cluster: LoadCluster, variantId: string) {
  const rows = await cluster.sql<{ inventory_item_id: string; required_quantity: number }>(
    "select inventory_item_id, required_quantity from product_variant_inventory_item where variant_id = $1 and deleted_at is null",
    [variantId]
  )
  if (rows.length !== 1) throw new Error(`Variant ${variantId} has ${rows.length} inventory items; the race wants one`)
  return rows[0]!.inventory_item_id
}

/**
 * Leaves exactly `free[location]` units available at each named location and none anywhere else,
 * through the admin API as a stock-taker would: stocked = reserved + free.
 */
export async function setAvailable(base: string, token: string, itemId: string, free: Record<string, number>) {
  const { inventory_levels } = await ok(call(base, `/admin/inventory-items/${itemId}/location-levels?limit=100`, { token }), "levels")
  const have = new Set<string>()
  for (const level of inventory_levels as any[]) {
    have.add(level.location_id)
    const stocked = Number(level.reserved_quantity) + (free[level.location_id] ?? 0)
    await okPatiently(() => call(base, `/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { token, body: { stocked_quantity: stocked } }), "set level")
  }
  for (const [location, n] of Object.entries(free)) {
    if (!have.has(location)) await ok(call(base, `/admin/inventory-items/${itemId}/location-levels`, { token, body: { location_id: location, stocked_quantity: n } }), "add level")
  }
}

export type StockCheck = { location_id: string; stocked: number; reserved: number; reservations: number }

/**
 * Each location's level of an item, with the sum of its reservation rows: a lost update shows as
 * reserved ≠ reservations, an oversell as reserved > stocked.
 */
export async function stockOf(cluster: LoadCluster, itemId: string): Promise<StockCheck[]> {
  return cluster.sql<StockCheck>(
    `select l.location_id, l.stocked_quantity::int as stocked, l.reserved_quantity::int as reserved,
            coalesce((select sum(r.quantity)::int from reservation_item r
                      where r.inventory_item_id = l.inventory_item_id and r.location_id = l.location_id and r.deleted_at is null), 0) as reservations
       from inventory_level l where l.inventory_item_id = $1 and l.deleted_at is null order by l.location_id`,
    [itemId]
  )
}

/** Orders (web and counter alike: both are Medusa orders) with a line of `variantId` since `since`. */
export async function ordersWith(cluster: LoadCluster, variantId: string, since: Date) {
  const rows = await cluster.sql<{ id: string; sales_channel_id: string }>(
    `select distinct o.id, o.sales_channel_id from "order" o
       join order_item oi on oi.order_id = o.id and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id
      where li.variant_id = $1 and o.created_at >= $2 and o.deleted_at is null and o.status <> 'canceled'`,
    [variantId, since]
  )
  return rows
}
