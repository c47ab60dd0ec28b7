import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { resolveConflict } from "../../../../../lib/pos/conflict-list"
import { pos } from "../../../pos-clerk"
import type { PosResolveConflict } from "../../../validators"

/** POST /pos/conflicts/:sale_id/resolve { note }: a clerk or supervisor closes one of their centre's conflicts. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosResolveConflict>>, res: MedusaResponse) {
  const { centre, clerk } = pos(req)
  const conflict = await resolveConflict(req.scope, {
    sale_id: req.params.sale_id!,
    centre_id: centre.id,
    by: { id: clerk.id, email: clerk.email },
    note: req.validatedBody.note,
  })
  res.json({ conflict })
}
