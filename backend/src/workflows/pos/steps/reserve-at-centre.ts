import { BigNumber, ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/pos/refusals"

export const reserveAtCentreStepId = "ocop-reserve-at-centre"

// Order quantities come back as Medusa BigNumbers.
const num = (v: unknown) => new BigNumber(v as any).numeric

type Input = { items: { id: string; variant_id: string; quantity: unknown; product_title: string }[]; location_id: string; locale: "vi" | "en" }

/**
 * Reserves an order's goods at one centre's stock location, under Medusa's Locking module on
 * the inventory items (the lock Medusa's own cart completion takes), so two tills selling the
 * last piece at once cannot both have it. Not enough stock is a refusal naming the line.
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
    if (!wanted.length) return new StepResponse([] as string[], { ids: [] as string[], keys: [] as string[] })
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys: string[] = [...new Set(wanted.map((w) => w.inventory_item_id))]
    const created = await locking.execute(keys, async () => {
      // Checked here, under the lock, so the refusal can say what is left.
      const levels = await inventory.listInventoryLevels({ inventory_item_id: keys, location_id: input.location_id })
      const need = new Map<string, number>()
      for (const w of wanted) need.set(w.inventory_item_id, (need.get(w.inventory_item_id) ?? 0) + w.quantity)
      for (const [item, qty] of need) {
        const level = levels.find((l) => l.inventory_item_id === item)
        const available = level ? num(level.stocked_quantity) - num(level.reserved_quantity) : 0
        const line = wanted.find((w) => w.inventory_item_id === item)!
        if (available < qty && !line.allow_backorder) {
          throw refusal("out_of_stock", input.locale, { title: line.title, available: Math.max(0, available), wanted: qty })
        }
      }
      return inventory.createReservationItems(wanted.map(({ title: _t, ...w }) => w))
    })
    const ids = created.map((r) => r.id)
    return new StepResponse(ids, { ids, keys })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(undo.keys, () => container.resolve(Modules.INVENTORY).deleteReservationItems(undo.ids))
  }
)

