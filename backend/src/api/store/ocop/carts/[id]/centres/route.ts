import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deliveryCentre, readCartCentres, type CentreCover } from "../../../../../../lib/checkout/cart-centres"
import { requestLocale } from "../../../../../../lib/locale"

/**
 * GET /store/ocop/carts/:id/centres: which centres can hand this cart over now, so a checkout
 * offers pick-up only where everything is in stock and says where a delivery ships from. The
 * cart id is the capability, as on Medusa's own cart routes. Completion decides again, under
 * Medusa's lock (api/store/carts/handover-centre.ts).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await readCartCentres(query, req.params.id ?? "")
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found.`)
  const locale = requestLocale(req)
  const view = (c: CentreCover) => ({ handle: c.handle, name: locale === "en" ? c.name_en : c.name_vi })
  const ships = deliveryCentre(cart)
  res.json({
    centres: cart.centres.map((c) => ({
      ...view(c),
      pickup_option_ids: c.pickup_option_ids,
      can_fulfil: c.coverage.can_fulfil,
      shortages: c.coverage.shortages,
    })),
    delivery_centre: ships ? view(ships) : null,
  })
}
