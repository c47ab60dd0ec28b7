import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { resolveConflict } from "../../../../../../lib/pos/conflict-list"
import type { PosResolveConflict } from "../../../../../pos/validators"

/** POST /admin/ocop/pos-conflicts/:sale_id/resolve { note }: an admin closes any centre's conflict. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosResolveConflict>>, res: MedusaResponse) {
  const userId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["email"], filters: { id: userId } })
  const conflict = await resolveConflict(req.scope, {
    sale_id: req.params.sale_id!,
    centre_id: null,
    by: { id: userId, email: data[0]?.email ?? null },
    note: req.validatedBody.note,
  })
  res.json({ conflict })
}
