import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { receivingBank } from "../../../../../modules/ocop/lib/bank-account"
import { vietQrImage } from "../../../../../lib/payments/vietqr"
import { vietQrPaymentBySession } from "../../../../../lib/payments/vietqr-payment"

/**
 * GET /store/ocop/vietqr/:session_id: what a shopper or a till needs to pay a VietQR session:
 * the code as a PNG data URL, the payload, and the account, amount and reference in words for
 * someone typing the transfer by hand. The session id is the capability, as a cart id is.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const found = await vietQrPaymentBySession(query, req.params.session_id ?? "")
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No VietQR payment ${req.params.session_id} was found.`)
  }
  const { data, payment } = found
  const received = !!payment && payment.captured >= payment.amount
  const status = data.status === "canceled" || payment?.canceled ? "canceled" : received ? "received" : "awaiting_transfer"
  const bank = receivingBank(data.account.bin)
  res.json({
    vietqr: {
      session_id: found.session_id,
      status,
      reference: data.reference,
      amount: data.amount,
      currency_code: data.currency_code,
      bank: { bin: data.account.bin, short_name: bank?.shortName ?? null, name: bank?.name ?? null },
      account_number: data.account.account_number,
      account_name: data.account.account_name,
      payload: data.payload,
      image: status === "awaiting_transfer" ? await vietQrImage(data.payload) : null,
    },
  })
}
