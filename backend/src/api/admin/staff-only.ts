import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isPosRole } from "../../lib/pos/pos-roles"

/**
 * Clerks and supervisors are Medusa users (so the POS can sign them in), but they sell at one centre's counter
 * and nothing else: the admin API, which can edit any product, price or stock level, is closed
 * to them. Runs after Medusa's own /admin authentication, so only signed-in users reach it.
 */
export async function staffOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actor = (req as AuthenticatedMedusaRequest).auth_context
    if (actor?.actor_type === "user" && actor.actor_id) {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "user", fields: ["metadata"], filters: { id: actor.actor_id } })
      if (isPosRole(data[0]?.metadata?.role)) {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, "Clerks sell from the till; the admin is for centre staff and administrators.")
      }
    }
    next()
  } catch (e) {
    next(e)
  }
}
