import { PRODUCT_OCOP_UPDATED } from "../../modules/ocop/lib/events"
import { linkRows, LINKS } from "../link-rows"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
type ProductIdsOf = (query: Query, ids: string[]) => Promise<string[]>

/**
 * The events that change what a product's search document says, and how each one leads back
 * to the products it touches. Deleted rows are read with `withDeleted`, so a removed variant or
 * stock level still names its product.
 */
const RESOLVERS: Record<string, ProductIdsOf> = {
  "product.created": async (_q, ids) => ids,
  "product.updated": async (_q, ids) => ids,
  "product.deleted": async (_q, ids) => ids,
  [PRODUCT_OCOP_UPDATED]: async (_q, ids) => ids,
  "product-variant.created": productsOfVariants,
  "product-variant.updated": productsOfVariants,
  "product-variant.deleted": productsOfVariants,
  "inventory-level.created": productsOfStockRows("inventory_level"),
  "inventory-level.updated": productsOfStockRows("inventory_level"),
  "inventory-level.deleted": productsOfStockRows("inventory_level"),
  "reservation-item.created": productsOfStockRows("reservation"),
  "reservation-item.updated": productsOfStockRows("reservation"),
  "reservation-item.deleted": productsOfStockRows("reservation"),
  // Emitted by the OCOP module itself when its records change (names shown in every document).
  "ocop.centre.updated": productsOfCentres,
  "ocop.craft-village.updated": (q, ids) => productsLinkedTo(q, LINKS.productVillage, "craft_village_id", ids),
  "ocop.producer.updated": (q, ids) => productsLinkedTo(q, LINKS.productProducer, "producer_id", ids),
  "ocop.certification.updated": (q, ids) => productsLinkedTo(q, LINKS.productCertification, "certification_id", ids),
}

export const PRODUCT_INDEX_EVENTS = Object.keys(RESOLVERS)

/** Product ids an event affects; an event this index does not follow affects none. */
export async function productIdsOfEvent(query: Query, event: { name: string; data?: any }): Promise<string[]> {
  const resolve = RESOLVERS[event.name]
  const ids = idsOf(event.data)
  if (!resolve || !ids.length) return []
  return [...new Set(await resolve(query, ids))]
}

/** Only deleting the product itself removes its document; deleting a variant updates it. */
export const isProductDeletion = (event: { name: string }) => event.name === "product.deleted"

function idsOf(data: any): string[] {
  const raw = Array.isArray(data) ? data.map((d) => d?.id) : data?.id
  return (Array.isArray(raw) ? raw : [raw]).filter((id): id is string => typeof id === "string" && id.length > 0)
}

async function productsOfVariants(query: Query, variantIds: string[]) {
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return data.map((v) => v.product_id).filter(Boolean)
}

async function productsOfItems(query: Query, itemIds: string[]) {
  if (!itemIds.length) return []
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id"],
    filters: { inventory_item_id: itemIds },
  })
  return links.length ? productsOfVariants(query, [...new Set(links.map((l) => l.variant_id as string))]) : []
}

/** Stock levels and reservations both name an inventory item; deleted ones still do. */
function productsOfStockRows(entity: "inventory_level" | "reservation"): ProductIdsOf {
  return async (query, ids) => {
    const { data } = await query.graph({ entity, fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
    return productsOfItems(query, data.map((row) => row.inventory_item_id))
  }
}

async function productsOfCentres(query: Query, centreIds: string[]) {
  const locations = await linkRows(query, LINKS.centreStockLocation, ["stock_location_id"], { centre_id: centreIds })
  if (!locations.length) return []
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { location_id: locations.map((l) => l.stock_location_id) },
  })
  return productsOfItems(query, [...new Set(levels.map((l) => l.inventory_item_id as string))])
}

async function productsLinkedTo(query: Query, link: { entryPoint: string }, key: string, ids: string[]) {
  const rows = await linkRows(query, link, ["product_id"], { [key]: ids })
  return rows.map((r) => r.product_id!)
}
