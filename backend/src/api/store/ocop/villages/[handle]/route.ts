import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../../lib/locale"
import { PRODUCER_FIELDS, VILLAGE_FIELDS, producerView, villageView } from "../../../../../lib/ocop-views"

/** GET /store/ocop/villages/:handle: a craft village, its story and its producers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locale = requestLocale(req)
  const { data } = await query.graph({
    entity: "craft_village",
    fields: [...VILLAGE_FIELDS, ...PRODUCER_FIELDS.map((f) => `producers.${f}`)],
    filters: { handle: req.params.handle },
  })
  const village = data[0]
  if (!village) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No craft village has the handle "${req.params.handle}".`)
  res.json({
    village: {
      ...villageView(village, locale),
      producers: (village.producers ?? []).map((p: any) => producerView({ ...p, village }, locale)),
    },
  })
}
