import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationStatus, daysUntil } from "../../modules/ocop/lib/certification-dates"
import { hanoiDate } from "../hanoi-time"
import { linkRows, LINKS } from "../link-rows"
import { certificateExpiringEmail, lowStockEmail, lowStockThreshold } from "./producer-messages"
import { notifyProducer, producersOfProducts } from "./producer-notify"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }
const num = (v: unknown) => (v == null ? 0 : new BigNumber(v as any).numeric)

/**
 * Warns each producer of its certificates expiring within 90 days. The key holds the certificate
 * and its expiry date: one notice per certificate, and a renewed one (new date) warns again.
 */
export async function notifyExpiringCertificates(container: MedusaContainer, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const { data } = await query.graph({ entity: "certification", fields: ["id", "stars", "expiry_date", "product.id", "product.title"] })
  const expiring = data.filter((c: any) => c.product && certificationStatus(new Date(c.expiry_date), now) === "expiring")
  const producers = await producersOfProducts(container, expiring.map((c: any) => c.product.id))
  let sent = 0
  for (const [producerId, products] of producers) {
    for (const c of expiring.filter((x: any) => products.has(x.product.id))) {
      const expiry_date = new Date(c.expiry_date).toISOString().slice(0, 10)
      sent += await notifyProducer(container, producerId, {
        template: "producer-certificate-expiring",
        key: `producer-certificate-expiring:${c.id}:${expiry_date}`,
        email: certificateExpiringEmail({ product_title: c.product.title, stars: c.stars, expiry_date, days_left: daysUntil(new Date(c.expiry_date), now) }),
        resource_id: c.id,
        resource_type: "certification",
        data: { product_id: c.product.id, expiry_date },
      })
    }
  }
  return sent
}

/**
 * Warns each producer of its variants with `threshold` or fewer left to sell (stocked less
 * reserved) at a centre that holds them, once per variant, centre and Hanoi day.
 */
export async function notifyLowStock(container: MedusaContainer, now = new Date(), threshold = lowStockThreshold()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const producerOf = new Map<string, string>()
  for (const r of await linkRows(query, LINKS.productProducer, ["product_id", "producer_id"])) if (r.producer_id) producerOf.set(r.product_id!, r.producer_id)
  if (!producerOf.size) return 0
  const centreOfLocation = new Map<string, string>()
  for (const r of await linkRows(query, LINKS.centreStockLocation, ["centre_id", "stock_location_id"])) centreOfLocation.set(r.stock_location_id!, r.centre_id!)
  const { data: centres } = await query.graph({ entity: "centre", fields: ["id", "name_vi"] })
  const centreName = new Map(centres.map((c: any) => [c.id, c.name_vi as string]))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product_id", "product.title", "inventory_items.inventory_item_id"],
    filters: { product_id: [...producerOf.keys()] },
  })
  const variantOfItem = new Map<string, any>()
  for (const v of variants) for (const i of v.inventory_items ?? []) if (i?.inventory_item_id) variantOfItem.set(i.inventory_item_id, v)
  if (!variantOfItem.size) return 0
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"],
    filters: { inventory_item_id: [...variantOfItem.keys()], location_id: [...centreOfLocation.keys()] },
  })
  const day = hanoiDate(now)
  let sent = 0
  for (const level of levels) {
    const available = num(level.stocked_quantity) - num(level.reserved_quantity)
    const v = variantOfItem.get(level.inventory_item_id)
    const centreId = centreOfLocation.get(level.location_id)
    if (available > threshold || !v || !centreId) continue
    sent += await notifyProducer(container, producerOf.get(v.product_id)!, {
      template: "producer-low-stock",
      key: `producer-low-stock:${v.id}:${centreId}:${day}`,
      email: lowStockEmail({ product_title: v.product?.title ?? "", variant_title: v.title, sku: v.sku, centre: centreName.get(centreId) ?? centreId, available }),
      resource_id: v.id,
      resource_type: "product_variant",
      data: { centre_id: centreId, available, date: day },
    })
  }
  return sent
}
