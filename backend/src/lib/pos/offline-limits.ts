/** What a till may do offline at a centre (its ocop_centre columns, set in the admin). */
export const OFFLINE_DEFAULTS = { max_sale_amount: 10_000_000, max_queued_sales: 300 }

export function offlineLimits(centre: Record<string, any>) {
  return {
    max_sale_amount: Number(centre.pos_offline_max_sale_amount ?? OFFLINE_DEFAULTS.max_sale_amount),
    max_queued_sales: Number(centre.pos_offline_max_queued_sales ?? OFFLINE_DEFAULTS.max_queued_sales),
  }
}
