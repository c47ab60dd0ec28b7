import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCentresWorkflow } from "../../../../workflows/ocop/create-centres"
import type { CentreInput } from "../../../../workflows/ocop/types"
import { publishedProductsByLocation } from "../../../../lib/centre-catalogue"
import { CENTRE_SPEC } from "../specs"
import { centreAdminView, loadCentreAdmin } from "./centre-admin-view"

/** GET /admin/ocop/centres: every centre with its location, counter channel and product count. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "centre", fields: CENTRE_SPEC.fields })
  const carried = await publishedProductsByLocation(query, data.map((c: any) => c.stock_location?.id).filter(Boolean))
  res.json({
    centres: data
      .sort((a: any, b: any) => a.handle.localeCompare(b.handle))
      .map((c: any) => centreAdminView(c, carried.get(c.stock_location?.id)?.size ?? 0)),
  })
}

/** POST /admin/ocop/centres: creates the centre with its stock location and counter channel. */
export const POST = async (req: AuthenticatedMedusaRequest<CentreInput>, res: MedusaResponse) => {
  const { result } = await createCentresWorkflow(req.scope).run({ input: { centres: [req.validatedBody] } })
  res.status(201).json({ centre: await loadCentreAdmin(req, result[0]!.id) })
}
