import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleSale } from "./settle"

/**
 * Settling a counter sale (payment and fulfilment workflows) costs more CPU than recording it,
 * and this process has one thread: settled at once, it halves how fast a till that was offline
 * can sync its queue. So sales are settled one at a time once no sale has been recorded here for
 * QUIET_MS. The answer to the till does not wait for it; the catch-up job settles what a stopped
 * process left (jobs/settle-pos-sales.ts), so nothing is lost.
 */
const QUIET_MS = Number(process.env.OCOP_POS_SETTLE_QUIET_MS || 1_000)

let selling = 0
let lastSale = 0
const waiting = new Set<string>()
let draining = false

/** Runs the recording of one sale (or a batch); settlement waits while any runs. */
export async function whileSelling<T>(record: () => Promise<T>): Promise<T> {
  selling++
  try {
    return await record()
  } finally {
    selling--
    lastSale = Date.now()
  }
}

/** True while sales are being recorded in this process, or were a moment ago. */
export function isSelling(): boolean {
  return selling > 0 || Date.now() - lastSale < QUIET_MS
}

/** Settles a recorded sale as soon as the counter is quiet. */
export function settleWhenQuiet(container: MedusaContainer, saleId: string) {
  waiting.add(saleId)
  void drain(container)
}

async function drain(container: MedusaContainer) {
  if (draining) return
  draining = true
  try {
    while (waiting.size) {
      if (isSelling()) {
        await new Promise((r) => setTimeout(r, Math.max(50, QUIET_MS - (Date.now() - lastSale))))
        continue
      }
      const id = waiting.values().next().value as string
      waiting.delete(id)
      try {
        await settleSale(container, id)
      } catch (error) {
        // The catch-up job tries again; the sale itself is safe.
        container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Counter sale ${id} not settled yet: ${error}`)
      }
    }
  } finally {
    draining = false
  }
}
