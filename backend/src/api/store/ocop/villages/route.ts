import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../lib/locale"
import { VILLAGE_FIELDS, villageView } from "../../../../lib/ocop-views"

/** GET /store/ocop/villages: every craft village, with how many producers it has. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locale = requestLocale(req)
  const { data } = await query.graph({ entity: "craft_village", fields: [...VILLAGE_FIELDS, "producers.id"] })
  res.json({
    villages: data
      .sort((a: any, b: any) => a.handle.localeCompare(b.handle))
      .map((v: any) => ({ ...villageView(v, locale), producer_count: v.producers?.length ?? 0 })),
  })
}
