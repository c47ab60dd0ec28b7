import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listCentresWithLocations } from "../../lib/centre-catalogue"
import { requestLocale } from "../../lib/locale"
import { discountLimit, isPosRole, type PosRole } from "../../lib/pos/pos-roles"

export type PosContext = {
  clerk: { id: string; email: string; first_name: string | null; last_name: string | null; role: PosRole }
  centre: { id: string; handle: string; name_vi: string; name_en: string; address: string; phone: string | null; location_id: string; sales_channel_id: string } & Record<string, any>
  limit: number
  locale: "vi" | "en"
}

/**
 * Every /pos route, after Medusa's bearer authentication: the caller must be a clerk or a
 * supervisor assigned to a centre, and acts on that centre only. A centre named anywhere in the
 * request that is not theirs is refused (403), before anything is read or written.
 */
export async function posClerk(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actor = (req as AuthenticatedMedusaRequest).auth_context
    if (actor?.actor_type !== "user" || !actor.actor_id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a clerk to use the till.")
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [user],
    } = await query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name", "metadata"], filters: { id: actor.actor_id } })
    const role = user?.metadata?.role
    if (!user || !isPosRole(role)) throw new MedusaError(MedusaError.Types.FORBIDDEN, "The till is for centre clerks and supervisors.")
    const [centre] = await listCentresWithLocations(query, { handle: String(user.metadata?.centre ?? "") })
    if (!centre?.stock_location?.id || !centre.sales_channel?.id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This clerk is not assigned to a centre.")
    // A batch of sales (POST /pos/sales/batch) names centres in each of its sales too.
    const bodies = [req.body as any, ...(Array.isArray((req.body as any)?.sales) ? (req.body as any).sales : [])]
    const named = [req.query?.centre, ...bodies.flatMap((b) => [b?.centre, b?.centre_id]), req.headers["x-ocop-centre"]].filter(Boolean)
    if (named.some((c) => c !== centre.handle && c !== centre.id)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `A clerk of ${centre.handle} works at that centre only.`)
    }
    const context: PosContext = {
      clerk: { id: user.id, email: user.email, first_name: user.first_name ?? null, last_name: user.last_name ?? null, role },
      centre: { ...centre, location_id: centre.stock_location.id, sales_channel_id: centre.sales_channel.id } as PosContext["centre"],
      limit: discountLimit(role),
      locale: requestLocale(req),
    }
    ;(req as any).pos = context
    next()
  } catch (e) {
    next(e)
  }
}

export function pos(req: MedusaRequest): PosContext {
  const context = (req as any).pos as PosContext | undefined
  if (!context) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a clerk to use the till.")
  return context
}
