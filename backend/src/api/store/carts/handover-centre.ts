import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { handoverFor, readCartCentres } from "../../../lib/checkout/cart-centres"
import { handoverRefusal } from "../../../lib/checkout/handover-sentence"
import { requestLocale } from "../../../lib/locale"
import { setCartCentreWorkflow } from "../../../workflows/checkout/set-cart-centre"

/**
 * Before Medusa's POST /store/carts/:id/complete. Medusa reserves a web order's stock at the
 * first location of the cart's sales channel that has it, which is any centre (medusajs/medusa
 * #15132, #14987): not necessarily the one the shopper picks it up at. So the cart first moves to
 * the web channel of the centre that hands it over (lib/checkout), whose only location is that
 * centre's; Medusa's own completion then reserves there under its own lock. A pick-up centre
 * without the stock is a 400 with a sentence, before anything is written. A completion that does
 * not end in an order puts the cart back in its channel, so the shopper can choose again.
 */
export async function handoverCentre(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Read now: Express puts back the previous params once this middleware's layer is left.
  const cartId = req.params.id
  if (!cartId) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cart = await readCartCentres(query, cartId)
  const handover = cart ? handoverFor(cart) : null
  if (!cart || !handover) return next()
  if (!handover.ok) {
    const refusal = handoverRefusal(handover, requestLocale(req))
    if (handover.reason === "no_web_channel") req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(refusal.message)
    res.status(400).json({ type: "not_allowed", ...refusal })
    return
  }
  const previous = cart.sales_channel_id
  const target = handover.centre.web_channel_id!
  await setCartCentreWorkflow(req.scope).run({ input: { cart_id: cartId, sales_channel_id: target } })
  if (previous) {
    const json = res.json.bind(res)
    res.json = ((body: any) => {
      if (body?.type === "order") return json(body)
      setCartCentreWorkflow(req.scope)
        .run({ input: { cart_id: cartId, sales_channel_id: previous } })
        .catch((error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Cart ${cartId} stays in channel ${target}: ${error}`))
        .finally(() => json(body))
      return res
    }) as typeof res.json
  }
  next()
}
