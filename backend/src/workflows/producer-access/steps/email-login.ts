import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Invitations are kept, and logins made, in lower case: the same person types it both ways. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase()

/**
 * The e-mail/password login already made for an address, if any, and the producer it acts for.
 * One auth identity per address is shared by every actor (customer, user, producer).
 */
export async function emailLogin(container: MedusaContainer, email: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "provider_identity",
    fields: ["auth_identity_id", "auth_identity.app_metadata"],
    filters: { entity_id: email, provider: "emailpass" },
  })
  const row = data[0] as any
  if (!row) return null
  return {
    auth_identity_id: row.auth_identity_id as string,
    producer_id: (row.auth_identity?.app_metadata?.producer_id as string | undefined) ?? null,
  }
}
