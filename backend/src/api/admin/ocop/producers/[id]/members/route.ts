import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../../../lib/locale"
import { accessRefusal, sendAccessRefusal } from "../../../../../../workflows/producer-access/access-refusals"

/**
 * GET /admin/ocop/producers/:id/members: the logins that act for the producer (auth identities
 * whose app_metadata.producer_id is it) and every invitation sent for it, newest first.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const producerId = req.params.id!
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: producerId } })
  if (!producers[0]) return sendAccessRefusal(res, accessRefusal("producer_not_found", requestLocale(req)))

  const [{ data: identities }, { data: invites }] = await Promise.all([
    query.graph({
      entity: "auth_identity",
      fields: ["id", "created_at", "provider_identities.provider", "provider_identities.entity_id"],
      filters: { app_metadata: { producer_id: producerId } } as any,
    }),
    query.graph({
      entity: "producer_invite",
      fields: ["id", "email", "expires_at", "accepted_at", "created_at"],
      filters: { producer_id: producerId },
    }),
  ])
  const sorted = [...invites].sort((a: any, b: any) => +new Date(b.created_at) - +new Date(a.created_at))

  const members = identities
    .map((identity: any) => {
      const email = identity.provider_identities?.find((p: any) => p.provider === "emailpass")?.entity_id ?? null
      // A login made from an invitation joined when it was accepted; a seeded or older one, when made.
      const accepted = sorted.find((i: any) => i.email === email && i.accepted_at)
      return { email, joined_at: accepted?.accepted_at ?? identity.created_at }
    })
    .sort((a, b) => String(a.email).localeCompare(String(b.email)))

  res.json({
    members,
    invites: sorted.map((i: any) => ({ id: i.id, email: i.email, expires_at: i.expires_at, accepted_at: i.accepted_at })),
  })
}
