import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listConflicts } from "../../../lib/pos/conflict-list"
import { pos } from "../pos-clerk"
import type { PosListConflicts } from "../validators"

/** GET /pos/conflicts?status=open|resolved|all: this centre's counter sales staff must look at. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { centre } = pos(req)
  const { status } = req.validatedQuery as z.infer<typeof PosListConflicts>
  const conflicts = await listConflicts(req.scope, { status, centre_id: centre.id })
  res.json({ conflicts, count: conflicts.length })
}
