import { BigNumber, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ConflictLine } from "../../../lib/pos/conflict"
import { refusal } from "../../../lib/pos/refusals"

export const reserveAtCentreStepId = "ocop-reserve-at-centre"

// Order quantities come back as Medusa BigNumbers.
const num = (v: unknown) => new BigNumber(v as any).numeric

type Input = {
  items: { id: string; variant_id: string; quantity: unknown; product_title: string }[]
  location_id: string
  locale: "vi" | "en"
  /** A sale made offline has happened already: it is reserved in full, short or not. */
  offline?: boolean
}

/**
 * Reserves an order's goods at one centre's stock location, under Medusa's Locking module on
 * the inventory items (the lock Medusa's own cart completion takes), so two tills selling the
 * last piece at once cannot both have it. Not enough stock is a refusal naming the line, except
 * for a sale made offline: the goods have left the shop, so it is reserved in full anyway (as a
 * backorder), which takes availability to zero or below at once, and the answer names each short
 * line (`shortages`) for the sale's conflict.
 */
export const reserveAtCentreStep = createStep(
  reserveAtCentreStepId,
  async (input: Input, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder"],
      filters: { id: [...new Set(input.items.map((i) => i.variant_id))] },
    })
    const managed = new Map(variants.filter((v: any) => v.manage_inventory).map((v: any) => [v.id as string, v]))
    const items = input.items.filter((i) => managed.has(i.variant_id))
    const variantIds = [...new Set(items.map((i: any) => i.variant_id as string))]
    const { data: links } = variantIds.length
      ? await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id", "inventory_item_id", "required_quantity"], filters: { variant_id: variantIds } })
      : { data: [] as any[] }
    type Wanted = { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number; allow_backorder: boolean; title: string }
    const wanted: Wanted[] = items.flatMap((i: any) =>
      links
        .filter((l: any) => l.variant_id === i.variant_id)
        .map((l: any) => ({
          line_item_id: i.id,
          inventory_item_id: l.inventory_item_id as string,
          location_id: input.location_id,
          quantity: num(i.quantity) * num(l.required_quantity ?? 1),
          allow_backorder: !!managed.get(i.variant_id)?.allow_backorder,
          title: i.product_title as string,
        }))
    )
    const none = { reservation_ids: [] as string[], shortages: [] as ConflictLine[] }
    if (!wanted.length) return new StepResponse(none, { ids: [] as string[], keys: [] as string[], levelIds: [] as string[] })
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys: string[] = [...new Set(wanted.map((w) => w.inventory_item_id))]
    const { created, short, levelIds } = await locking.execute(keys, async () => {
      // Checked here, under the lock, so the refusal can say what is left.
      const levels = await inventory.listInventoryLevels({ inventory_item_id: keys, location_id: input.location_id })
      // An offline sale of an item this centre has no level for yet still needs one to reserve on.
      const unstocked = input.offline ? keys.filter((k) => !levels.some((l) => l.inventory_item_id === k)) : []
      const made = unstocked.length
        ? await inventory.createInventoryLevels(unstocked.map((k) => ({ inventory_item_id: k, location_id: input.location_id, stocked_quantity: 0 })))
        : []
      const need = new Map<string, number>()
      for (const w of wanted) need.set(w.inventory_item_id, (need.get(w.inventory_item_id) ?? 0) + w.quantity)
      const short = new Map<string, number>()
      for (const [item, qty] of need) {
        const level = levels.find((l) => l.inventory_item_id === item)
        const available = level ? num(level.stocked_quantity) - num(level.reserved_quantity) : 0
        const line = wanted.find((w) => w.inventory_item_id === item)!
        if (available < qty && !line.allow_backorder) {
          if (!input.offline) throw refusal("out_of_stock", input.locale, { title: line.title, available: Math.max(0, available), wanted: qty })
          short.set(item, Math.max(0, available))
        }
      }
      const rows = wanted.map(({ title: _t, ...w }) => (short.has(w.inventory_item_id) ? { ...w, allow_backorder: true } : w))
      return { created: await inventory.createReservationItems(rows), short, levelIds: made.map((l) => l.id) }
    })
    const ids = created.map((r) => r.id)
    return new StepResponse({ reservation_ids: ids, shortages: shortLines(input, wanted, links, short) }, { ids, keys, levelIds })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const locking = container.resolve(Modules.LOCKING)
    const inventory = container.resolve(Modules.INVENTORY)
    await locking.execute(undo.keys, async () => {
      await inventory.deleteReservationItems(undo.ids)
      if (undo.levelIds?.length) await inventory.deleteInventoryLevels(undo.levelIds)
    })
  }
)

/**
 * The sale's short lines, per variant: wanted is the units sold, available what the centre could
 * cover of them (a variant needing several inventory items is as available as its scarcest).
 */
function shortLines(
  input: Input,
  wanted: { line_item_id: string; inventory_item_id: string }[],
  links: any[],
  short: Map<string, number>
): ConflictLine[] {
  if (!short.size) return []
  const lines = new Map<string, ConflictLine>()
  for (const item of input.items) {
    const own = links.filter((l: any) => l.variant_id === item.variant_id)
    const missing = own.filter((l: any) => short.has(l.inventory_item_id))
    if (!missing.length || !wanted.some((w) => w.line_item_id === item.id)) continue
    const available = Math.min(...missing.map((l: any) => Math.floor(short.get(l.inventory_item_id)! / Math.max(1, num(l.required_quantity ?? 1)))))
    const line = lines.get(item.variant_id) ?? { variant_id: item.variant_id, title: item.product_title, wanted: 0, available }
    line.wanted += num(item.quantity)
    lines.set(item.variant_id, line)
  }
  return [...lines.values()]
}
