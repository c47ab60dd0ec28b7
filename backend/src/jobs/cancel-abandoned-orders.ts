import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ABANDONED_AFTER_SECONDS, findAbandonedOrders } from "../lib/orders/abandoned"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { abandonOrderWorkflow } from "../workflows/orders/abandon-order"

/**
 * Every minute, on the worker: what a server that died mid-checkout or mid-sale left behind
 * (lib/orders/abandoned.ts). Orders no buyer was told about are cancelled; counter-sale records
 * stuck "pending" are removed so the till's retry goes through. Confirmed orders are never touched.
 */
export default async function cancelAbandonedOrders(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const orders = await findAbandonedOrders(container)
  const stuck = await pos.listPosSales(
    { status: "pending", created_at: { $lt: new Date(Date.now() - ABANDONED_AFTER_SECONDS * 1000) } },
    { take: 100, select: ["id", "order_id"] }
  )
  const run = async (input: { order_id?: string; pos_sale_id?: string }) => {
    try {
      await abandonOrderWorkflow(container).run({ input })
    } catch (error) {
      logger.warn(`Abandoned ${JSON.stringify(input)} not cleared yet: ${error}`)
    }
  }
  for (const o of orders) await run({ order_id: o.id })
  for (const s of stuck) await run({ pos_sale_id: s.id })
  if (orders.length || stuck.length) {
    logger.info(`Cleared what stopped servers left: ${orders.length} order(s) no buyer was told about cancelled, ${stuck.length} pending counter sale(s) reopened for their till's retry.`)
  }
}

export const config = { name: "ocop-cancel-abandoned-orders", schedule: "* * * * *" }
