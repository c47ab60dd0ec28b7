import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordRoutes } from "../../admin-records"
import { CENTRE_SPEC } from "../../specs"
import { loadCentreAdmin } from "../centre-admin-view"
import { updateOcopRecordsWorkflow } from "../../../../../workflows/ocop/update-ocop-records"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ centre: await loadCentreAdmin(req, req.params.id!) })
}

export const POST = async (req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
  await updateOcopRecordsWorkflow(req.scope).run({
    input: { entity: "centre", data: [{ ...req.validatedBody, id: req.params.id! }] },
  })
  res.json({ centre: await loadCentreAdmin(req, req.params.id!) })
}

export const DELETE = recordRoutes(CENTRE_SPEC).remove
