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

/**
 * The id of the sale a return names: its id ("psale_…", as before; unknown ids are for the return
 * workflow to refuse), or the client id the till gave it. Null when no sale has that client id at
 * this centre yet (or it is still being written): it has not synced.
 */
export async function saleIdForReturn(service: PosModuleService, centreId: string, ref: string): Promise<string | null> {
  if (ref.startsWith("psale_")) return ref
  const sale = await settledSale(service, centreId, ref, 5_000)
  return sale?.status === "completed" ? sale.id : null
}
