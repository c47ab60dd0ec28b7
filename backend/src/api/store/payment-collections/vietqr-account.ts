import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VIETQR_PROVIDER_ID } from "../../../config/payments"
import { centreOfPaymentCollection } from "../../../lib/payments/payment-centre"
import type { VietQrSessionInput } from "../../../providers/payment-vietqr/data"

/**
 * Before Medusa's own POST /store/payment-collections/:id/payment-sessions runs: a VietQR session
 * pays into the account of the centre the cart sells from, which the server decides. Whatever
 * `data` the shopper sent is replaced, so no request can point a code at another account.
 */
export async function vietQrAccount(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { provider_id?: string; data?: unknown }
  if (body.provider_id !== VIETQR_PROVIDER_ID) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const centre = await centreOfPaymentCollection(query, req.params.id ?? "")
  const data: VietQrSessionInput = { centre_id: centre?.id ?? null, ...(centre?.account ? { account: centre.account } : {}) }
  body.data = data
  next()
}
