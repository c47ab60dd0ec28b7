import type { Locale } from "../modules/ocop/lib/vocabulary"
import { certificationStatus } from "../modules/ocop/lib/certification-dates"
import { pick } from "./locale"
import { listCentresWithLocations, type CentreWithLinks } from "./centre-catalogue"
import { byKey, linkRows, LINKS } from "./link-rows"
import { groupBy } from "./group-by"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

export type CentreAvailability = {
  centre: { handle: string; name: string | null }
  /** Units that can still be sold at this centre: stocked minus reserved, over all variants. */
  available: number
  /** The same, per variant id. */
  variants: Record<string, number>
}

export type ProductOcop = {
  stars: number | null
  group: string | null
  certificate_number: string | null
  issuing_level: string | null
  issue_date: string | null
  expiry_date: string | null
  status: "valid" | "expiring" | "expired" | null
  producer: { handle: string; name: string; type: string } | null
  village: { handle: string; name: string } | null
  availability: CentreAvailability[]
}

/** What a caller may already have read; passing it saves loadProductOcop reading it again. */
export type AlreadyRead = {
  variants?: { id: string; product_id: string }[]
  centres?: CentreWithLinks[]
}

/** Builds the `ocop` object of each product: certificate, producer, village, and what every
 *  centre can sell of it right now. Three rounds of flat reads, joined in memory (link-rows.ts). */
export async function loadProductOcop(query: Query, productIds: string[], locale: Locale, read: AlreadyRead = {}) {
  const result = new Map<string, ProductOcop>()
  if (!productIds.length) return result

  const [certLinks, producerLinks, villageLinks, variants, centres] = await Promise.all([
    linkRows(query, LINKS.productCertification, ["product_id", "certification_id"], { product_id: productIds }),
    linkRows(query, LINKS.productProducer, ["product_id", "producer_id"], { product_id: productIds }),
    linkRows(query, LINKS.productVillage, ["product_id", "craft_village_id"], { product_id: productIds }),
    read.variants ??
      query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { product_id: productIds } }).then((r) => r.data),
    read.centres ?? listCentresWithLocations(query),
  ])
  const ids = (rows: Record<string, string>[], key: string) => [...new Set(rows.map((r) => r[key]!))]
  const variantIds = variants.map((v: any) => v.id)
  const [certs, producers, villages, items] = await Promise.all([
    records(query, "certification", ["*"], ids(certLinks, "certification_id")),
    records(query, "producer", ["id", "handle", "legal_name", "type"], ids(producerLinks, "producer_id")),
    records(query, "craft_village", ["id", "handle", "name"], ids(villageLinks, "craft_village_id")),
    variantIds.length
      ? query.graph({
          entity: "product_variant_inventory_item",
          fields: ["variant_id", "inventory_item_id", "required_quantity"],
          filters: { variant_id: variantIds },
        }).then((r) => r.data)
      : [],
  ])

  const locationIds = centres.map((c) => c.stock_location?.id).filter((id): id is string => !!id)
  const itemIds = [...new Set(items.map((i: any) => i.inventory_item_id))]
  const { data: levels } = itemIds.length && locationIds.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
        filters: { inventory_item_id: itemIds, location_id: locationIds },
      })
    : { data: [] as any[] }
  const levelAt = new Map(levels.map((l: any) => [`${l.inventory_item_id}@${l.location_id}`, l]))

  const certOf = byKey(certLinks, "product_id", "certification_id")
  const producerOf = byKey(producerLinks, "product_id", "producer_id")
  const villageOf = byKey(villageLinks, "product_id", "craft_village_id")
  const itemsOf = groupBy(items, (i: any) => i.variant_id)
  const variantsOf = groupBy(variants, (v: any) => v.product_id)

  for (const productId of productIds) {
    const cert = certs.get(certOf.get(productId) ?? "")
    const producer = producers.get(producerOf.get(productId) ?? "")
    const village = villages.get(villageOf.get(productId) ?? "")
    const product = {
      variants: (variantsOf.get(productId) ?? []).map((v: any) => ({ id: v.id, inventory_items: itemsOf.get(v.id) ?? [] })),
    }
    result.set(productId, {
      stars: cert?.stars ?? null,
      group: cert?.group ?? null,
      certificate_number: cert?.decision_number ?? null,
      issuing_level: cert?.issuing_level ?? null,
      issue_date: cert ? isoDate(cert.issue_date) : null,
      expiry_date: cert ? isoDate(cert.expiry_date) : null,
      status: cert ? certificationStatus(new Date(cert.expiry_date)) : null,
      producer: producer ? { handle: producer.handle, name: producer.legal_name, type: producer.type } : null,
      village: village ? { handle: village.handle, name: village.name } : null,
      availability: centres
        .filter((c) => c.stock_location?.id)
        .map((c) => availabilityAt(product, c.stock_location!.id, levelAt, { handle: c.handle, name: pick(c, "name", locale) }))
        .filter((a): a is CentreAvailability => a !== null),
    })
  }
  return result
}

async function records(query: Query, entity: string, fields: string[], ids: string[]) {
  if (!ids.length) return new Map<string, any>()
  const { data } = await query.graph({ entity, fields, filters: { id: ids } })
  return new Map(data.map((r: any) => [r.id as string, r]))
}

/** A variant is only as available as its scarcest inventory item (kits need several). Returns
 *  null when no variant has stock at this location at all. */
function availabilityAt(
  product: any,
  locationId: string,
  levelAt: Map<string, any>,
  centre: CentreAvailability["centre"]
): CentreAvailability | null {
  const variants: Record<string, number> = {}
  let carried = false
  for (const v of product.variants ?? []) {
    const perItem = (v.inventory_items ?? []).map((link: any) => {
      const level = levelAt.get(`${link.inventory_item_id}@${locationId}`)
      if (!level) return null
      carried = true
      const free = Math.max(0, Number(level.stocked_quantity) - Number(level.reserved_quantity))
      return Math.floor(free / Math.max(1, Number(link.required_quantity ?? 1)))
    })
    if (!perItem.length || perItem.some((n: number | null) => n === null)) continue
    variants[v.id] = Math.min(...(perItem as number[]))
  }
  if (!carried) return null
  return { centre, available: Object.values(variants).reduce((a, b) => a + b, 0), variants }
}

function isoDate(value: string | Date): string {
  return new Date(value).toISOString().slice(0, 10)
}

/**
 * Only the stars and the producer of each product: what a receipt line names. Two rounds of flat
 * reads, without the per-centre availability loadProductOcop works out (the till's sale path).
 */
export async function loadStarsAndProducers(query: Query, productIds: string[]) {
  const result = new Map<string, { stars: number | null; producer: { handle: string; name: string } | null }>()
  if (!productIds.length) return result
  const [certLinks, producerLinks] = await Promise.all([
    linkRows(query, LINKS.productCertification, ["product_id", "certification_id"], { product_id: productIds }),
    linkRows(query, LINKS.productProducer, ["product_id", "producer_id"], { product_id: productIds }),
  ])
  const ids = (rows: Record<string, string>[], key: string) => [...new Set(rows.map((r) => r[key]!))]
  const [certs, producers] = await Promise.all([
    records(query, "certification", ["id", "stars"], ids(certLinks, "certification_id")),
    records(query, "producer", ["id", "handle", "legal_name"], ids(producerLinks, "producer_id")),
  ])
  const certOf = byKey(certLinks, "product_id", "certification_id")
  const producerOf = byKey(producerLinks, "product_id", "producer_id")
  for (const id of productIds) {
    const p = producers.get(producerOf.get(id) ?? "")
    result.set(id, { stars: certs.get(certOf.get(id) ?? "")?.stars ?? null, producer: p ? { handle: p.handle, name: p.legal_name } : null })
  }
  return result
}
