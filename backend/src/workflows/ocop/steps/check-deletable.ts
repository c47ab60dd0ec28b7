import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ENTITY_LABEL } from "./ocop-entities"

export const checkDeletableStepId = "check-ocop-records-deletable"

type Row = Record<string, any>

/**
 * Refuses to delete what is still in use, so nothing is orphaned: a centre that holds stock, a
 * village with producers or products, a producer with products.
 */
export const checkDeletableStep = createStep(
  checkDeletableStepId,
  async (input: { entity: "centre" | "craft_village" | "producer"; ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fields =
      input.entity === "centre"
        ? ["id", "handle", "stock_location.id"]
        : input.entity === "craft_village"
          ? ["id", "handle", "producers.id", "products.id"]
          : ["id", "handle", "products.id"]
    const { data } = await query.graph({ entity: input.entity, fields, filters: { id: input.ids } })
    for (const id of input.ids) {
      if (!data.some((r: Row) => r.id === id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `${ENTITY_LABEL[input.entity]} ${id} was not found.`)
      }
    }
    for (const row of data as Row[]) {
      if (input.entity === "centre" && row.stock_location?.id) {
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "reserved_quantity"],
          filters: { location_id: row.stock_location.id },
        })
        const units = (levels as Row[]).reduce((n, l) => n + Number(l.stocked_quantity) + Number(l.reserved_quantity), 0)
        if (units > 0) refuse(`Centre "${row.handle}" still holds ${units} units of stock; move or write off the stock first.`)
      }
      if (row.producers?.length) refuse(`Craft village "${row.handle}" still has ${row.producers.length} producers.`)
      if (row.products?.length) refuse(`"${row.handle}" still has ${row.products.length} products linked to it.`)
    }
    return new StepResponse(undefined)
  }
)

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}
