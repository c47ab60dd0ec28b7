import type PosModuleService from "../../../modules/pos/service"

/**
 * The recorded sale for (centre, client id), waiting while another request is still writing it:
 * a till that retries because an answer was lost must get the one sale, never a second. Null when
 * there is none, or when the other write failed and took its record away.
 */
export async function settledSale(service: PosModuleService, centreId: string, clientId: string, waitMs = 15_000) {
  const until = Date.now() + waitMs
  for (;;) {
    const [sale] = await service.listPosSales({ centre_id: centreId, client_id: clientId }, { take: 1 })
    if (!sale || sale.status === "completed") return sale ?? null
    if (Date.now() > until) return null
    await new Promise((r) => setTimeout(r, 150))
  }
}
