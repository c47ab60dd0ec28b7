import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import type { AdminListDeliveries } from "../../../producer/middlewares/stock"
import { listDeliveries } from "../../../producer/deliveries/delivery-view"

/** GET /admin/ocop/deliveries?status=proposed|received|cancelled|all&centre=<handle>: every producer's deliveries. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, centre } = req.validatedQuery as z.infer<typeof AdminListDeliveries>
  const filters: Record<string, unknown> = status === "all" ? {} : { status }
  if (centre) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "centre", fields: ["id"], filters: { handle: centre } })
    // An unknown centre has no deliveries: an id that matches nothing keeps the answer empty.
    filters.centre_id = data[0]?.id ?? "ctr_none"
  }
  const deliveries = await listDeliveries(req.scope, filters, { producer: true })
  res.json({ deliveries, count: deliveries.length })
}
