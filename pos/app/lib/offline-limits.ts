import type { Me } from "./api/types"

/** What a centre lets a till sell with no connection, from `/pos/me` `settings.offline`. */
export type OfflineLimits = { max_sale_amount: number; max_queued_sales: number }

export const DEFAULT_OFFLINE_LIMITS: OfflineLimits = { max_sale_amount: 10_000_000, max_queued_sales: 300 }

export function offlineLimits(me: Pick<Me, "settings">): OfflineLimits {
  const o = me.settings.offline ?? {}
  const whole = (n: unknown, fallback: number) => (typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : fallback)
  return {
    max_sale_amount: whole(o.max_sale_amount, DEFAULT_OFFLINE_LIMITS.max_sale_amount),
    max_queued_sales: whole(o.max_queued_sales, DEFAULT_OFFLINE_LIMITS.max_queued_sales),
  }
}

export type OfflineRefusal = { kind: "amount"; max: number } | { kind: "queue"; max: number } | null

/**
 * Whether an offline sale of `total` may be completed with `queued` unsynced sales already on
 * the device. Online, every sale may (the backend checks it at once).
 */
export function offlineRefusal(input: { offline: boolean; total: number; queued: number; limits: OfflineLimits }): OfflineRefusal {
  const { offline, total, queued, limits } = input
  if (!offline) return null
  if (total > limits.max_sale_amount) return { kind: "amount", max: limits.max_sale_amount }
  if (queued >= limits.max_queued_sales) return { kind: "queue", max: limits.max_queued_sales }
  return null
}
