import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkRows, LINKS } from "../../../lib/link-rows"
import { certificationStatus } from "../../../modules/ocop/lib/certification-dates"

type Scope = { resolve: (key: string) => any }

const FIELDS = [
  "id", "handle", "title", "status", "thumbnail", "metadata", "created_at",
  "variants.id", "variants.title", "variants.sku", "variants.barcode",
  "variants.prices.amount", "variants.prices.currency_code",
  "certification.stars", "certification.expiry_date", "certification.withdrawn_at",
]

/**
 * This producer's live products as the producer area shows them (docs/producer-api.md). The
 * product-producer link is the only way in, so another producer's product id finds nothing.
 */
export async function readProducerProducts(scope: Scope, producerId: string, productId?: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const links = await linkRows(query, LINKS.productProducer, ["product_id"], {
    producer_id: producerId,
    ...(productId ? { product_id: productId } : {}),
  })
  const ids = links.map((l) => l.product_id!)
  if (!ids.length) return []
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: ids } })
  return (data as any[])
    .sort((a, b) => String(a.title).localeCompare(String(b.title), "vi"))
    .map(productView)
}

function productView(p: any) {
  const cert = p.certification
  return {
    id: p.id,
    handle: p.handle,
    title_vi: p.title,
    title_en: p.metadata?.title_en ?? null,
    status: p.status,
    thumbnail: p.thumbnail ?? null,
    variants: (p.variants ?? []).map((v: any) => ({
      id: v.id,
      title: v.title,
      sku: v.sku ?? null,
      barcode: v.barcode ?? null,
      // Whole đồng, like every VND amount here.
      price: Number((v.prices ?? []).find((pr: any) => pr.currency_code === "vnd")?.amount ?? 0) || null,
    })),
    ocop: cert
      ? {
          stars: cert.stars,
          status: cert.withdrawn_at ? "withdrawn" : certificationStatus(new Date(cert.expiry_date)),
          expiry_date: cert.expiry_date ? new Date(cert.expiry_date).toISOString().slice(0, 10) : null,
        }
      : null,
  }
}
