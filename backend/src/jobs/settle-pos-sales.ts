import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleSale } from "../lib/pos/settle"
import { isSelling } from "../lib/pos/settle-queue"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/**
 * Every minute: counter sales recorded more than a minute ago but not settled (the server stopped
 * between the answer and the settlement, or settling failed) are settled now. Nothing confirmed
 * to a till is left unpaid or undelivered on the books.
 */
export default async function settlePosSales(container: MedusaContainer) {
  const service: PosModuleService = container.resolve(POS_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // While a till syncs its queue here, settling waits for a quiet moment (lib/pos/settle-queue);
  // only a sale left waiting for five minutes is settled regardless.
  const overdue = () => Date.now() - (isSelling() ? 5 * 60_000 : 60_000)
  const due = await service.listPosSales(
    { status: "completed", settled_at: null, created_at: { $lt: new Date(overdue()) } },
    { take: 100, order: { created_at: "ASC" } }
  )
  for (const sale of due) {
    if (new Date(sale.created_at).getTime() >= overdue()) break
    try {
      await settleSale(container, sale.id)
    } catch (error) {
      logger.warn(`Counter sale ${sale.id} could not be settled: ${error}`)
    }
  }
  if (due.length) logger.info(`Settled ${due.length} counter sale(s) left unsettled.`)
}

export const config = { name: "ocop-settle-pos-sales", schedule: "* * * * *" }
