import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDeliveries } from "../../producer/deliveries/delivery-view"
import { pos } from "../pos-clerk"

/** GET /pos/deliveries: goods producers have proposed for this centre, waiting to be received. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { centre } = pos(req)
  const deliveries = await listDeliveries(req.scope, { centre_id: centre.id, status: "proposed" }, { producer: true })
  res.json({ deliveries, count: deliveries.length })
}
