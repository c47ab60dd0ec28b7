import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import { settlePosSaleWorkflow } from "../../workflows/pos/settle-pos-sale"

/**
 * Settles a recorded counter sale (paid and handed over on the order), once: under Medusa's
 * Locking module, so the event's subscriber, the catch-up job and a return that needs it first
 * never settle one sale twice, in one process or several.
 */
export async function settleSale(container: MedusaContainer, saleId: string) {
  const locking = container.resolve(Modules.LOCKING)
  await locking.execute(`ocop-pos-settle:${saleId}`, async () => {
    const [sale] = await (container.resolve(POS_MODULE) as PosModuleService).listPosSales({ id: saleId }, { take: 1 })
    if (!sale || sale.settled_at || sale.status !== "completed") return
    await settlePosSaleWorkflow(container).run({ input: { sale_id: saleId } })
  })
}
