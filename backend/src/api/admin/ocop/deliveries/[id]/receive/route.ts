import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { requestLocale } from "../../../../../../lib/locale"
import { receiveDeliveryWorkflow } from "../../../../../../workflows/producer-delivery/producer-deliveries"
import { answerDelivery } from "../../../../../producer/deliveries/delivery-view"
import type { ReceiveDelivery } from "../../../../../producer/middlewares/stock"

/** POST /admin/ocop/deliveries/:id/receive { lines? }: staff confirm any centre's delivery arrived. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ReceiveDelivery>>, res: MedusaResponse) {
  const run = receiveDeliveryWorkflow(req.scope).run({
    input: { id: req.params.id!, lines: req.validatedBody.lines, received_by: req.auth_context.actor_id, locale: requestLocale(req) },
    throwOnError: false,
  })
  await answerDelivery(req.scope, res, run as any, { producer: true })
}
