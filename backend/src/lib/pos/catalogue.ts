import { QueryContext } from "@medusajs/framework/utils"
import { linkRows, LINKS } from "../link-rows"
import { loadProductOcop } from "../product-ocop"
import type { PosContext } from "../../api/pos/pos-clerk"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
type Centre = PosContext["centre"]

/** An answer `since` older than this is a full one: a till away that long starts afresh. */
export const INCREMENTAL_FOR_MS = 7 * 86_400_000
/**
 * Changes are looked for from a little before `since`: a write whose updated_at was stamped just
 * before the earlier answer's `at` may have committed just after its reads. Seeing a product twice
 * costs nothing; missing one would leave the till wrong until its next full load.
 */
const OVERLAP_MS = 10_000

const ids = (rows: Record<string, any>[], key: string) => [...new Set(rows.map((r) => r[key] as string).filter(Boolean))]
const changedSince = (since: Date) => ({ $or: [{ updated_at: { $gt: since } }, { deleted_at: { $gt: since } }] })

/** The published products of the centre's counter sales channel. */
export async function soldProductIds(query: Query, centre: Centre) {
  const links = await linkRows(query, { entryPoint: "product_sales_channel" }, ["product_id"], { sales_channel_id: centre.sales_channel_id })
  const linked = ids(links, "product_id")
  if (!linked.length) return []
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: linked, status: "published" } })
  return data.map((p: any) => p.id as string)
}

/** Products as the till keeps them: barcodes, VND prices, and what is free at this centre now. */
export async function catalogueProducts(query: Query, centre: Centre, productIds: string[]) {
  if (!productIds.length) return []
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "vnd" } })
  const [{ data: products }, ocop] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "thumbnail", "metadata", "variants.id", "variants.title", "variants.sku", "variants.barcode", "variants.calculated_price.calculated_amount"],
      filters: { id: productIds, status: "published" },
      context: { variants: { calculated_price: QueryContext({ region_id: regions[0]?.id, currency_code: "vnd" }) } },
    }),
    loadProductOcop(query, productIds, "vi"),
  ])
  return products.map((p: any) => {
    const o = ocop.get(p.id)
    const here = o?.availability.find((a) => a.centre.handle === centre.handle)
    return {
      id: p.id,
      handle: p.handle,
      title_vi: p.title,
      title_en: (p.metadata?.title_en as string | undefined) ?? p.title,
      thumbnail: p.thumbnail ?? null,
      stars: o?.stars ?? null,
      producer: o?.producer ? { handle: o.producer.handle, name: o.producer.name } : null,
      variants: (p.variants ?? []).map((v: any) => ({
        id: v.id,
        title: v.title,
        sku: v.sku ?? null,
        barcode: v.barcode ?? null,
        price: v.calculated_price?.calculated_amount ?? null,
        available: here?.variants[v.id] ?? 0,
      })),
    }
  })
}

/**
 * What changed for this counter since an earlier answer: the products sold here whose product,
 * variants, prices or OCOP certificate and producer changed; the products no longer sold here
 * (unpublished, deleted, taken out of the counter's channel; an id the till never had is harmless
 * to it); and the variants whose stock level at this centre moved (a reservation moves the
 * level's reserved quantity, so a sale anywhere at this centre shows up).
 */
export async function catalogueChanges(query: Query, centre: Centre, sold: string[], since: Date) {
  const from = new Date(since.getTime() - OVERLAP_MS)
  const soldSet = new Set(sold)
  const [variants, certLinks, producerLinks] = await Promise.all([
    sold.length
      ? query.graph({ entity: "product_variant", fields: ["id", "product_id", "updated_at", "deleted_at"], filters: { product_id: sold }, withDeleted: true }).then((r) => r.data)
      : [],
    sold.length ? query.graph({ entity: LINKS.productCertification.entryPoint, fields: ["product_id", "certification_id", "created_at", "deleted_at"], filters: { product_id: sold }, withDeleted: true }).then((r) => r.data) : [],
    sold.length ? query.graph({ entity: LINKS.productProducer.entryPoint, fields: ["product_id", "producer_id", "created_at", "deleted_at"], filters: { product_id: sold }, withDeleted: true }).then((r) => r.data) : [],
  ])
  const variantProduct = new Map(variants.map((v: any) => [v.id as string, v.product_id as string]))
  const priceSets = variants.length
    ? (await query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { variant_id: [...variantProduct.keys()] } })).data
    : []
  const after = (d: unknown) => !!d && new Date(d as string) > from

  const [products, prices, certs, producers, gone, unlinked, levels] = await Promise.all([
    // Every product changed since, sold here or not: those not sold here (any more) are `removed`.
    query.graph({ entity: "product", fields: ["id"], filters: changedSince(from), withDeleted: true }).then((r) => r.data),
    priceSets.length
      ? query.graph({ entity: "price", fields: ["price_set_id"], filters: { price_set_id: ids(priceSets, "price_set_id"), ...changedSince(from) }, withDeleted: true }).then((r) => r.data)
      : [],
    certLinks.length ? query.graph({ entity: "certification", fields: ["id"], filters: { id: ids(certLinks, "certification_id"), updated_at: { $gt: from } } }).then((r) => r.data) : [],
    producerLinks.length ? query.graph({ entity: "producer", fields: ["id"], filters: { id: ids(producerLinks, "producer_id"), updated_at: { $gt: from } } }).then((r) => r.data) : [],
    query.graph({ entity: "product", fields: ["id"], filters: { deleted_at: { $gt: from } }, withDeleted: true }).then((r) => r.data),
    query
      .graph({ entity: "product_sales_channel", fields: ["product_id"], filters: { sales_channel_id: centre.sales_channel_id, deleted_at: { $gt: from } }, withDeleted: true })
      .then((r) => r.data),
    query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { location_id: centre.location_id, updated_at: { $gt: from } } }).then((r) => r.data),
  ])

  const changed = new Set<string>()
  const mark = (id: string | undefined) => id && soldSet.has(id) && changed.add(id)
  products.forEach((p: any) => mark(p.id))
  variants.filter((v: any) => after(v.updated_at) || after(v.deleted_at)).forEach((v: any) => mark(v.product_id))
  const setVariant = new Map(priceSets.map((l: any) => [l.price_set_id as string, l.variant_id as string]))
  prices.forEach((p: any) => mark(variantProduct.get(setVariant.get(p.price_set_id) ?? "")))
  const certIds = new Set(certs.map((c: any) => c.id))
  const producerIds = new Set(producers.map((p: any) => p.id))
  certLinks.filter((l: any) => certIds.has(l.certification_id) || after(l.created_at) || after(l.deleted_at)).forEach((l: any) => mark(l.product_id))
  producerLinks.filter((l: any) => producerIds.has(l.producer_id) || after(l.created_at) || after(l.deleted_at)).forEach((l: any) => mark(l.product_id))

  const removed = new Set<string>()
  for (const p of [...products, ...gone, ...unlinked]) {
    const id = (p as any).id ?? (p as any).product_id
    if (id && !soldSet.has(id)) removed.add(id)
  }
  return { changed: [...changed], removed: [...removed], stock: await stockAt(query, centre, ids(levels, "inventory_item_id"), soldSet) }
}

/** What is free now at the centre of each sold variant using one of these inventory items. */
async function stockAt(query: Query, centre: Centre, itemIds: string[], sold: Set<string>) {
  if (!itemIds.length) return []
  const { data: touched } = await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id"], filters: { inventory_item_id: itemIds } })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: ids(touched, "variant_id") } })
  const variantIds = variants.filter((v: any) => sold.has(v.product_id)).map((v: any) => v.id as string)
  if (!variantIds.length) return []
  // A variant is as available as its scarcest item, so all of its items are read, not only the touched ones.
  const { data: links } = await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id", "inventory_item_id", "required_quantity"], filters: { variant_id: variantIds } })
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"],
    filters: { location_id: centre.location_id, inventory_item_id: ids(links, "inventory_item_id") },
  })
  const level = new Map(levels.map((l: any) => [l.inventory_item_id as string, l]))
  return variantIds.map((variant_id) => {
    const own = links.filter((l: any) => l.variant_id === variant_id)
    const free = own.map((l: any) => {
      const at = level.get(l.inventory_item_id)
      const units = at ? Math.max(0, Number(at.stocked_quantity) - Number(at.reserved_quantity)) : 0
      return Math.floor(units / Math.max(1, Number(l.required_quantity ?? 1)))
    })
    return { variant_id, available: free.length ? Math.min(...free) : 0 }
  })
}
