import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelDeliveryWorkflow } from "../../../../../workflows/producer-delivery/producer-deliveries"
import { producer } from "../../../producer-scope"
import { answerDelivery } from "../../delivery-view"

/** POST /producer/deliveries/:id/cancel: withdraws a proposed delivery (another producer's: 404). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const run = cancelDeliveryWorkflow(req.scope).run({
    input: { id: req.params.id!, producer_id: ctx.producer.id, locale: ctx.locale },
    throwOnError: false,
  })
  await answerDelivery(req.scope, res, run as any)
}
