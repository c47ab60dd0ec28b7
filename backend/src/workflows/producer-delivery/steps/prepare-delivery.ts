import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listCentresWithLocations } from "../../../lib/centre-catalogue"
import { linkRows, LINKS } from "../../../lib/link-rows"
import { deliveryRefusal } from "../delivery-refusals"
import type { DeliveryLine, Locale } from "../types"

export const prepareDeliveryStepId = "ocop-prepare-producer-delivery"

type Input = {
  producer_id: string
  centre: string
  lines: { variant_id: string; quantity: number }[]
  note?: string | null
  locale: Locale
}

/**
 * Checks a proposed delivery before anything is written: the centre exists and keeps stock, and
 * every variant is one of this producer's (another producer's variant is "not found", like an id
 * that does not exist) with an inventory item to raise at the centre.
 */
export const prepareDeliveryStep = createStep(prepareDeliveryStepId, async (input: Input, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [centre] = await listCentresWithLocations(query, { handle: input.centre })
  if (!centre?.stock_location?.id) throw deliveryRefusal("centre_not_found", input.locale, { centre: input.centre })
  const variantIds = input.lines.map((l) => l.variant_id)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product_id", "manage_inventory", "product.title", "product.metadata"],
    filters: { id: variantIds },
  })
  const productIds = [...new Set(variants.map((v: any) => v.product_id as string))]
  const owned = productIds.length
    ? await linkRows(query, LINKS.productProducer, ["product_id"], { product_id: productIds, producer_id: input.producer_id })
    : []
  const ownedProducts = new Set(owned.map((r) => r.product_id))
  const { data: items } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id", "inventory_item_id"],
    filters: { variant_id: variantIds },
  })
  const lines: DeliveryLine[] = input.lines.map((line) => {
    const v: any = variants.find((x: any) => x.id === line.variant_id)
    if (!v || !ownedProducts.has(v.product_id)) throw deliveryRefusal("variant_not_found", input.locale, { variant_id: line.variant_id })
    const title_vi = variantTitle(v.product?.title, v.title, v.product?.title)
    const item = items.find((i: any) => i.variant_id === v.id)
    if (!v.manage_inventory || !item) throw deliveryRefusal("variant_untracked", input.locale, { title: title_vi })
    return {
      variant_id: v.id,
      product_id: v.product_id,
      inventory_item_id: item.inventory_item_id,
      title_vi,
      title_en: variantTitle((v.product?.metadata?.title_en as string | undefined) ?? v.product?.title, v.title, v.product?.title),
      sku: v.sku ?? null,
      quantity: line.quantity,
      received_quantity: null,
    }
  })
  return new StepResponse({ producer_id: input.producer_id, centre_id: centre.id as string, lines, note: input.note ?? null })
})

/**
 * Single-variant products name their variant "Default" or repeat the (Vietnamese) product title:
 * then the product title says it all; otherwise the variant is named after it.
 */
function variantTitle(product: string | undefined, variant: string | null | undefined, productVi: string | undefined) {
  const base = product ?? ""
  return variant && !/^default/i.test(variant) && variant !== productVi ? `${base} · ${variant}` : base
}
