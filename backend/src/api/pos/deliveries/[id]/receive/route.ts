import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { receiveDeliveryWorkflow } from "../../../../../workflows/producer-delivery/producer-deliveries"
import { answerDelivery } from "../../../../producer/deliveries/delivery-view"
import type { ReceiveDelivery } from "../../../../producer/middlewares/stock"
import { pos } from "../../../pos-clerk"

/** POST /pos/deliveries/:id/receive { lines? }: a clerk confirms goods arrived at their centre (another centre's: 404). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ReceiveDelivery>>, res: MedusaResponse) {
  const { centre, clerk, locale } = pos(req)
  const run = receiveDeliveryWorkflow(req.scope).run({
    input: { id: req.params.id!, centre_id: centre.id, lines: req.validatedBody.lines, received_by: clerk.id, locale },
    throwOnError: false,
  })
  await answerDelivery(req.scope, res, run as any, { producer: true })
}
