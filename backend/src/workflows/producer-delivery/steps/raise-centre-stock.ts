import { BigNumber, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const raiseCentreStockStepId = "ocop-raise-centre-stock"

const num = (v: unknown) => new BigNumber(v as any).numeric

type Input = { location_id: string; items: { inventory_item_id: string; quantity: number }[] }
type Undo = { location_id: string; keys: string[]; adjusted: { inventory_item_id: string; quantity: number }[]; createdLevelIds: string[] }

/**
 * Adds received goods to the stocked quantity at a centre's location, creating the level when the
 * centre has never held the item. Taken under Medusa's locking module on the inventory items (the
 * lock its own reservations take), so a sale at the counter at the same moment is not lost.
 */
export const raiseCentreStockStep = createStep(
  raiseCentreStockStepId,
  async (input: Input, { container }) => {
    const totals = new Map<string, number>()
    for (const i of input.items) if (i.quantity > 0) totals.set(i.inventory_item_id, (totals.get(i.inventory_item_id) ?? 0) + i.quantity)
    const keys = [...totals.keys()]
    const undo: Undo = { location_id: input.location_id, keys, adjusted: [], createdLevelIds: [] }
    if (!keys.length) return new StepResponse({ raised: 0 }, undo)
    const inventory = container.resolve(Modules.INVENTORY)
    await container.resolve(Modules.LOCKING).execute(keys, async () => {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: keys, location_id: input.location_id })
      const missing = keys.filter((k) => !levels.some((l) => l.inventory_item_id === k))
      if (missing.length) {
        const made = await inventory.createInventoryLevels(missing.map((k) => ({ inventory_item_id: k, location_id: input.location_id, stocked_quantity: totals.get(k)! })))
        undo.createdLevelIds = made.map((l) => l.id)
      }
      for (const level of levels) {
        const quantity = totals.get(level.inventory_item_id)!
        await inventory.adjustInventory(level.inventory_item_id, input.location_id, quantity)
        undo.adjusted.push({ inventory_item_id: level.inventory_item_id, quantity })
      }
    })
    return new StepResponse({ raised: [...totals.values()].reduce((a, b) => a + num(b), 0) }, undo)
  },
  async (undo, { container }) => {
    if (!undo?.keys.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    await container.resolve(Modules.LOCKING).execute(undo.keys, async () => {
      for (const a of undo.adjusted) await inventory.adjustInventory(a.inventory_item_id, undo.location_id, -a.quantity)
      if (undo.createdLevelIds.length) await inventory.deleteInventoryLevels(undo.createdLevelIds)
    })
  }
)
