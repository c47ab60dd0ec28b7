import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { listConflicts } from "../../../../lib/pos/conflict-list"
import type { AdminListPosConflicts } from "../validators"

/** GET /admin/ocop/pos-conflicts?status=open|resolved|all&centre=<handle>: counter sales staff must look at. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, centre } = req.validatedQuery as z.infer<typeof AdminListPosConflicts>
  let centreId: string | undefined
  if (centre) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "centre", fields: ["id"], filters: { handle: centre } })
    // An unknown centre has no conflicts; an id that matches nothing keeps the answer empty.
    centreId = data[0]?.id ?? "ctr_none"
  }
  const conflicts = await listConflicts(req.scope, { status, centre_id: centreId })
  res.json({ conflicts, count: conflicts.length })
}
