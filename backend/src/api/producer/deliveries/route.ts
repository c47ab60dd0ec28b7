import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { proposeDeliveryWorkflow } from "../../../workflows/producer-delivery/producer-deliveries"
import type { ListDeliveries, ProducerProposeDelivery } from "../middlewares/stock"
import { producer } from "../producer-scope"
import { answerDelivery, listDeliveries } from "./delivery-view"

/** GET /producer/deliveries?status=: this producer's deliveries, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const { status } = req.validatedQuery as z.infer<typeof ListDeliveries>
  const deliveries = await listDeliveries(req.scope, { producer_id: ctx.producer.id, ...(status === "all" ? {} : { status }) })
  res.json({ deliveries })
}

/** POST /producer/deliveries { centre, lines, note? }: proposes goods for a centre (201). */
export async function POST(req: MedusaRequest<z.infer<typeof ProducerProposeDelivery>>, res: MedusaResponse) {
  const ctx = producer(req)
  const run = proposeDeliveryWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: ctx.producer.id, locale: ctx.locale },
    throwOnError: false,
  })
  await answerDelivery(req.scope, res, run as any, { status: 201 })
}
