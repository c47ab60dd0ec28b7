import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../lib/locale"
import { centreView } from "../../../../lib/ocop-views"
import { cachedProductCounts, listCentresWithLocations } from "../../../../lib/centre-catalogue"

/** GET /store/ocop/centres: the public list of OCOP centres and sales points. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locale = requestLocale(req)
  const centres = await listCentresWithLocations(query)
  const counts = await cachedProductCounts(
    req.scope,
    centres.map((c) => c.stock_location?.id).filter((id): id is string => !!id)
  )
  res.json({
    centres: centres
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.handle.localeCompare(b.handle))
      .map((c) => ({
        ...centreView(c, locale),
        product_count: counts.get(c.stock_location?.id ?? "") ?? 0,
      })),
  })
}
