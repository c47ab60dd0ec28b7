import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../../lib/locale"
import { centreView, producerView, villageView } from "../../../../../lib/ocop-views"
import { listCentresWithLocations, publishedProductsByLocation } from "../../../../../lib/centre-catalogue"

/** GET /store/ocop/centres/:handle: one centre with the villages and producers whose products it sells. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locale = requestLocale(req)
  const [centre] = await listCentresWithLocations(query, { handle: req.params.handle })
  if (!centre) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No centre has the handle "${req.params.handle}".`)

  const locationId = centre.stock_location?.id
  const productIds = [...((locationId && (await publishedProductsByLocation(query, [locationId])).get(locationId)) || [])]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "craft_village.*", "producer.*", "producer.village.handle", "producer.village.name"],
        filters: { id: productIds },
      })
    : { data: [] as any[] }

  const villages = uniqueBy(products.map((p: any) => p.craft_village).filter(Boolean), "handle")
  const producers = uniqueBy(products.map((p: any) => p.producer).filter(Boolean), "handle")
  res.json({
    centre: {
      ...centreView(centre, locale),
      product_count: productIds.length,
      villages: villages.map((v) => villageView(v, locale)),
      producers: producers.map((p) => producerView(p, locale)),
    },
  })
}

function uniqueBy<T extends Record<string, any>>(rows: T[], key: string): T[] {
  return [...new Map(rows.map((r) => [r[key], r])).values()].sort((a, b) => String(a[key]).localeCompare(String(b[key])))
}
