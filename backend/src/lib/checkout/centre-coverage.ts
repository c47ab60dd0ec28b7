/**
 * Which centre can hand over a whole cart. Every web order reserves its stock at exactly one
 * centre (INVARIANTS 2): the pick-up centre the shopper chose, or for delivery the centre that
 * ships. Pure, so the rules are unit-tested; cart-centres.ts reads the records.
 */
export type CartLine = {
  title: string
  quantity: number
  /** Inventory items of the line's variant and how many of each one unit needs (kits need several). */
  inventory: { inventory_item_id: string; required_quantity: number }[]
}

/** Free stock (stocked minus reserved) per `${inventory_item_id}@${location_id}`; absent = not carried. */
export type FreeStock = Map<string, number>

export type Shortage = { title: string; wanted: number; available: number }

export type Coverage = { location_id: string; can_fulfil: boolean; shortages: Shortage[] }

/** What a location lacks to hand over every line; lines on one inventory item add up. */
export function coverageAt(lines: CartLine[], locationId: string, free: FreeStock): Coverage {
  const needed = new Map<string, number>()
  for (const line of lines) {
    for (const inv of line.inventory) {
      needed.set(inv.inventory_item_id, (needed.get(inv.inventory_item_id) ?? 0) + inv.required_quantity * line.quantity)
    }
  }
  const shortages: Shortage[] = []
  for (const line of lines) {
    // A line is short when any of its items cannot be covered once every line's needs are added up.
    const units = line.inventory.map((inv) => {
      const have = free.get(`${inv.inventory_item_id}@${locationId}`) ?? 0
      const need = needed.get(inv.inventory_item_id) ?? 0
      return { enough: have >= need, units: Math.floor(Math.max(0, have - (need - inv.required_quantity * line.quantity)) / Math.max(1, inv.required_quantity)) }
    })
    if (units.some((u) => !u.enough)) {
      shortages.push({ title: line.title, wanted: line.quantity, available: Math.min(line.quantity, ...units.map((u) => u.units)) })
    }
  }
  return { location_id: locationId, can_fulfil: shortages.length === 0, shortages }
}

/**
 * The centre that hands over a delivery: the shipping option's own centre when it has
 * everything, else the first other centre that has (in the order given), else none.
 */
export function deliveryLocation(lines: CartLine[], preferred: string | null, candidates: string[], free: FreeStock): string | null {
  const order = preferred ? [preferred, ...candidates.filter((c) => c !== preferred)] : candidates
  return order.find((location) => coverageAt(lines, location, free).can_fulfil) ?? null
}
