import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { aggregateSales, salesRange } from "../../../lib/producer-sales/aggregate"
import { readProducerSales } from "../../../lib/producer-sales/sales-reads.server"
import { producer } from "../producer-scope"

/** GET /producer/sales?from&to: this producer's sales, web and counter, by Hanoi day, product and centre + channel. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const q = (req.validatedQuery ?? req.query) as { from?: string; to?: string }
  const range = salesRange(q.from, q.to)
  if ("error" in range) throw new MedusaError(MedusaError.Types.INVALID_DATA, range.error)
  const { lines, centres } = await readProducerSales(req.scope, ctx.producer.id, range.start, range.end)
  res.json(aggregateSales(lines, centres, range))
}
