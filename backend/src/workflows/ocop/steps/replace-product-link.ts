import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"

export const replaceProductLinkStepId = "replace-product-ocop-link"

type Input = {
  product_id: string
  /** "producer" or "craft_village": the OCOP record the product points to. */
  target: "producer" | "craft_village"
  /** The new record id; null unlinks; undefined leaves the link alone. */
  id?: string | null
}

type Undo = Input & { previous: string | null }

function linkDef(productId: string, target: Input["target"], id: string) {
  return { [Modules.PRODUCT]: { product_id: productId }, [OCOP_MODULE]: { [`${target}_id`]: id } }
}

/** Points a product at another producer or village; compensation puts the old link back. */
export const replaceProductLinkStep = createStep(
  replaceProductLinkStepId,
  async (input: Input, { container }) => {
    if (input.id === undefined) return new StepResponse({ changed: false }, undefined as Undo | undefined)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", `${input.target}.id`],
      filters: { id: input.product_id },
    })
    const previous: string | null = (data[0] as any)?.[input.target]?.id ?? null
    if (previous === input.id) return new StepResponse({ changed: false }, undefined as Undo | undefined)
    if (previous) await link.dismiss(linkDef(input.product_id, input.target, previous))
    if (input.id) await link.create(linkDef(input.product_id, input.target, input.id))
    return new StepResponse({ changed: true }, { ...input, previous } as Undo | undefined)
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.id) await link.dismiss(linkDef(undo.product_id, undo.target, undo.id))
    if (undo.previous) await link.create(linkDef(undo.product_id, undo.target, undo.previous))
  }
)
