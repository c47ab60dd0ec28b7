import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../../lib/locale"
import { PRODUCER_FIELDS, producerView } from "../../../../../lib/ocop-views"

/** GET /store/ocop/producers/:handle: a producer's public profile and its published products. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locale = requestLocale(req)
  const { data } = await query.graph({
    entity: "producer",
    fields: [...PRODUCER_FIELDS, "products.id", "products.handle", "products.title", "products.thumbnail", "products.status"],
    filters: { handle: req.params.handle },
  })
  const producer = data[0]
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer has the handle "${req.params.handle}".`)
  res.json({
    producer: {
      ...producerView(producer, locale),
      // The tax code is public on every Vietnamese invoice; e-mail and phone are the business's own.
      tax_code: producer.tax_code,
      products: (producer.products ?? [])
        .filter((p: any) => p.status === "published")
        .map((p: any) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail })),
    },
  })
}
