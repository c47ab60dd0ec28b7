import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { linkRows, LINKS } from "../link-rows"
import type { Email } from "./order-confirmation"

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

/**
 * Where a producer's notices go: the e-mail of every emailpass login acting for it
 * (auth_identity.app_metadata.producer_id, set by link-producer-login) and its e-mail on record.
 * The JSON field is matched in SQL: the auth module cannot filter on app_metadata, and reading
 * every login (customers included) to filter here would grow with the shop.
 */
export async function producerRecipients(container: MedusaContainer, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = await pg.raw(
    `select pi.entity_id from provider_identity pi join auth_identity ai on ai.id = pi.auth_identity_id
      where pi.provider = 'emailpass' and ai.app_metadata->>'producer_id' = ? and ai.deleted_at is null and pi.deleted_at is null`,
    [producerId]
  )
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: ["email"], filters: { id: producerId } })
  const all = [...rows.map((r: any) => String(r.entity_id)), producer?.email].filter(Boolean) as string[]
  return [...new Set(all.map((e) => e.trim().toLowerCase()))]
}

/** Producer id -> its product ids among these products (a product without a producer is left out). */
export async function producersOfProducts(container: MedusaContainer, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const byProducer = new Map<string, Set<string>>()
  if (!productIds.length) return byProducer
  const rows = await linkRows(query, LINKS.productProducer, ["product_id", "producer_id"], { product_id: [...new Set(productIds)] })
  for (const r of rows) {
    if (!r.producer_id || !r.product_id) continue
    byProducer.set(r.producer_id, (byProducer.get(r.producer_id) ?? new Set()).add(r.product_id))
  }
  return byProducer
}

/**
 * Sends one notice to each of a producer's recipients. The idempotency key (`key` plus the
 * address) makes the Notification Module send it once however often the event or job runs; a
 * race between two servers on the same key fails on the unique key and is ignored.
 */
export async function notifyProducer(
  container: MedusaContainer,
  producerId: string,
  notice: { template: string; key: string; email: Email; resource_id: string; resource_type: string; data?: Record<string, unknown> }
) {
  const to = await producerRecipients(container, producerId)
  if (!to.length) return 0
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let sent = 0
  for (const address of to) {
    try {
      const created = await notifications.createNotifications({
        to: address,
        channel: "email",
        template: notice.template,
        idempotency_key: `${notice.key}:${address}`,
        resource_id: notice.resource_id,
        resource_type: notice.resource_type,
        data: { subject: notice.email.subject, text: notice.email.text, producer_id: producerId, ...notice.data },
      })
      sent += Array.isArray(created) ? created.length : created ? 1 : 0
    } catch (e) {
      logger.warn(`Producer notice ${notice.key} to ${address} not sent: ${(e as Error).message}`)
    }
  }
  return sent
}
