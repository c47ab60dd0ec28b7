import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { listCentresWithLocations } from "../../../lib/centre-catalogue"
import { linkRows, LINKS } from "../../../lib/link-rows"

const num = (v: unknown) => new BigNumber((v ?? 0) as any).numeric

/**
 * A producer's variants at every centre holding them, read from the one inventory (levels at each
 * centre's stock location). Flat reads joined in memory, like the centre catalogue. A variant
 * made of several inventory items counts by its first: the OCOP catalogue has one per variant.
 */
export async function producerStock(scope: MedusaContainer, producerId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const owned = await linkRows(query, LINKS.productProducer, ["product_id"], { producer_id: producerId })
  const productIds = owned.map((r) => r.product_id!)
  if (!productIds.length) return []
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product_id", "product.title", "product.metadata"],
    filters: { product_id: productIds },
  })
  if (!variants.length) return []
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id", "inventory_item_id"],
    filters: { variant_id: variants.map((v: any) => v.id) },
  })
  const itemOf = new Map<string, string>()
  for (const l of links as any[]) if (!itemOf.has(l.variant_id)) itemOf.set(l.variant_id, l.inventory_item_id)
  const itemIds = [...new Set(itemOf.values())]
  const [{ data: levels }, centres] = await Promise.all([
    itemIds.length
      ? query.graph({ entity: "inventory_level", fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"], filters: { inventory_item_id: itemIds } })
      : { data: [] as any[] },
    listCentresWithLocations(query),
  ])
  return centres
    .filter((c) => c.stock_location?.id)
    .map((c) => ({
      centre: { handle: c.handle as string, name_vi: c.name_vi as string, name_en: c.name_en as string },
      variants: variants.flatMap((v: any) => {
        const level: any = levels.find((l: any) => l.location_id === c.stock_location!.id && l.inventory_item_id === itemOf.get(v.id))
        if (!level) return []
        const stocked = num(level.stocked_quantity)
        const reserved = num(level.reserved_quantity)
        return [{
          variant_id: v.id as string,
          product_id: v.product_id as string,
          title_vi: (v.product?.title ?? v.title) as string,
          title_en: ((v.product?.metadata?.title_en as string | undefined) ?? v.product?.title ?? v.title) as string,
          variant_title: (v.title ?? null) as string | null,
          sku: (v.sku ?? null) as string | null,
          stocked,
          reserved,
          available: stocked - reserved,
        }]
      }),
    }))
    .filter((c) => c.variants.length > 0)
}
