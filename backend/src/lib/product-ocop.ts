import type { Locale } from "../modules/ocop/lib/vocabulary"
import { certificationStatus } from "../modules/ocop/lib/certification-dates"
import { pick } from "./locale"
import { listCentresWithLocations } from "./centre-catalogue"

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

/** Builds the `ocop` object of each product: certificate, producer, village, and what every
 *  centre can sell of it right now. */
export async function loadProductOcop(query: Query, productIds: string[], locale: Locale) {
  const result = new Map<string, ProductOcop>()
  if (!productIds.length) return result
  const [{ data: products }, centres] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "id",
        "certification.*",
        "producer.handle", "producer.legal_name", "producer.type",
        "craft_village.handle", "craft_village.name",
        "variants.id",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.required_quantity",
      ],
      filters: { id: productIds },
    }),
    listCentresWithLocations(query),
  ])
  // Levels straight from the inventory module in one query: walking variant -> item -> levels
  // through links costs a round trip per hop.
  const itemIds = products.flatMap((p: any) => (p.variants ?? []).flatMap((v: any) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id)))
  const locationIds = centres.map((c) => c.stock_location?.id).filter((id): id is string => !!id)
  const { data: levels } = itemIds.length && locationIds.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
        filters: { inventory_item_id: itemIds, location_id: locationIds },
      })
    : { data: [] as any[] }
  const levelAt = new Map(levels.map((l: any) => [`${l.inventory_item_id}@${l.location_id}`, l]))

  for (const p of products) {
    const cert = p.certification
    result.set(p.id, {
      stars: cert?.stars ?? null,
      group: cert?.group ?? null,
      certificate_number: cert?.decision_number ?? null,
      issuing_level: cert?.issuing_level ?? null,
      issue_date: cert ? isoDate(cert.issue_date) : null,
      expiry_date: cert ? isoDate(cert.expiry_date) : null,
      status: cert ? certificationStatus(new Date(cert.expiry_date)) : null,
      producer: p.producer ? { handle: p.producer.handle, name: p.producer.legal_name, type: p.producer.type } : null,
      village: p.craft_village ? { handle: p.craft_village.handle, name: p.craft_village.name } : null,
      availability: centres
        .filter((c) => c.stock_location?.id)
        .map((c) => availabilityAt(p, c.stock_location!.id, levelAt, { handle: c.handle, name: pick(c, "name", locale) }))
        .filter((a): a is CentreAvailability => a !== null),
    })
  }
  return result
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
