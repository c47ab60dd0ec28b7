import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import { WEB_CHANNEL_KIND } from "../checkout/web-channel"

/**
 * Orders no buyer was ever told about. A server that dies in the middle of Medusa's cart
 * completion (kill -9, a lost host) can leave the order it had just created: pending, with no
 * link to its cart, no reservation and no payment, while the shopper's retry on another server
 * makes the real one (measured: tests/load, "kill -9"). A counter sale cut off the same way
 * leaves its record "pending" and perhaps its order. Left alone they count as sales and, for the
 * till, answer "in progress" for ever.
 *
 * Nothing here is younger than `olderThanSeconds` (default 10 minutes): a completion still running
 * looks the same for a moment, and none runs for minutes.
 */
export const ABANDONED_AFTER_SECONDS = Number(process.env.OCOP_ABANDONED_ORDER_SECONDS || 600)

export type AbandonedOrder = { id: string; reason: "web_without_cart" | "counter_sale_not_recorded" }

type OrderRow = { id: string; metadata?: Record<string, unknown> | null; cart?: { id: string } | null; sales_channel?: { metadata?: Record<string, unknown> | null } | null }

/** Which of these pending orders were abandoned: pure, so the rule is tested on its own. */
export function abandonedAmong(orders: OrderRow[], completedSaleIds: Set<string>): AbandonedOrder[] {
  const out: AbandonedOrder[] = []
  for (const o of orders) {
    const saleId = o.metadata?.source === "pos" ? String(o.metadata?.pos_sale_id ?? "") : null
    if (saleId !== null) {
      if (!completedSaleIds.has(saleId)) out.push({ id: o.id, reason: "counter_sale_not_recorded" })
      continue
    }
    // Only a centre's web channel: every web order is completed there (decision 14), and orders an
    // admin makes (draft orders) live elsewhere and never have a cart.
    if (o.sales_channel?.metadata?.kind === WEB_CHANNEL_KIND && !o.cart?.id) out.push({ id: o.id, reason: "web_without_cart" })
  }
  return out
}

/** Pending orders created between two days and `olderThanSeconds` ago that were abandoned. */
export async function findAbandonedOrders(container: MedusaContainer, olderThanSeconds = ABANDONED_AFTER_SECONDS): Promise<AbandonedOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "metadata", "cart.id", "sales_channel.metadata"],
    filters: {
      status: "pending",
      created_at: { $lt: new Date(now - olderThanSeconds * 1000), $gt: new Date(now - 2 * 86_400_000) },
    } as any,
    pagination: { take: 200, order: { created_at: "ASC" } } as any,
  })
  const saleIds = (orders as OrderRow[]).map((o) => (o.metadata?.source === "pos" ? String(o.metadata?.pos_sale_id ?? "") : "")).filter(Boolean)
  const completed = new Set<string>()
  if (saleIds.length) {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    for (const s of await pos.listPosSales({ id: saleIds, status: "completed" }, { select: ["id"] })) completed.add(s.id)
  }
  return abandonedAmong(orders as OrderRow[], completed)
}
