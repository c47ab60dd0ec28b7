import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { requestLocale } from "../../lib/locale"

export type ProducerContext = {
  producer: { id: string; handle: string; legal_name: string; type: string; email: string | null }
  /** The login acting for the producer (several people may belong to one producer). */
  login: { auth_identity_id: string | null; email: string | null }
  locale: "vi" | "en"
}

/**
 * Every /producer route, after Medusa's authentication for the `producer` actor (a login whose
 * auth identity carries `app_metadata.producer_id`): loads the producer the caller acts for. Every
 * read and write below filters on `producer(req).producer.id`, never on an id from the request,
 * so producer A cannot reach producer B's records whatever the URL says (404 for B's ids).
 */
export async function producerScope(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actor = (req as AuthenticatedMedusaRequest).auth_context
    if (actor?.actor_type !== "producer" || !actor.actor_id) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a producer to use the producer area.")
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [producer],
    } = await query.graph({ entity: "producer", fields: ["id", "handle", "legal_name", "type", "email"], filters: { id: actor.actor_id } })
    if (!producer) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This login no longer belongs to a producer.")
    const identityId = (actor as any).auth_identity_id ?? null
    let email: string | null = null
    if (identityId) {
      const { data } = await query.graph({ entity: "provider_identity", fields: ["entity_id"], filters: { auth_identity_id: identityId, provider: "emailpass" } })
      email = (data[0]?.entity_id as string | undefined) ?? null
    }
    const context: ProducerContext = {
      producer: { id: producer.id, handle: producer.handle, legal_name: producer.legal_name, type: producer.type, email: producer.email ?? null },
      login: { auth_identity_id: identityId, email },
      locale: requestLocale(req),
    }
    ;(req as any).producerContext = context
    next()
  } catch (e) {
    next(e)
  }
}

export function producer(req: MedusaRequest): ProducerContext {
  const context = (req as any).producerContext as ProducerContext | undefined
  if (!context) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as a producer to use the producer area.")
  return context
}
