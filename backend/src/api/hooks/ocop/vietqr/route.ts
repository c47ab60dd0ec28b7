import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findReference } from "../../../../lib/payments/vietqr"
import { vietQrPaymentByReference } from "../../../../lib/payments/vietqr-payment"
import { confirmVietQrTransferWorkflow } from "../../../../workflows/payments/confirm-vietqr-transfer"
import type { VietQrBankNotification } from "./validators"

/**
 * POST /hooks/ocop/vietqr: a signed bank notification (signature.ts) that a transfer arrived.
 * The OCOP… reference in its note names the payment, which counts as received for the amount.
 */
export async function POST(req: MedusaRequest<VietQrBankNotification>, res: MedusaResponse) {
  const notice = req.validatedBody
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const reference = findReference(notice.description)
  const found = reference ? await vietQrPaymentByReference(req.scope.resolve(ContainerRegistrationKeys.QUERY), reference) : null
  if (!reference || !found) {
    // Money arrived that we cannot match: staff reconcile it from the bank statement.
    logger.warn(`VietQR: transfer ${notice.id} of ${notice.amount} ₫ ("${notice.description}") matches no order.`)
    res.status(200).json({ matched: false, message: "No order carries this transfer's reference; staff will reconcile it by hand." })
    return
  }
  if (!found.payment) {
    // The shopper paid before placing the order: the bank retries, and by then the order exists.
    throw new MedusaError(MedusaError.Types.CONFLICT, `The order for ${reference} is not placed yet; send this notification again later.`)
  }
  if (found.payment.canceled) {
    logger.warn(`VietQR: transfer ${notice.id} of ${notice.amount} ₫ is for ${reference}, whose payment was canceled: refund it.`)
  }
  const { result } = await confirmVietQrTransferWorkflow(req.scope).run({
    input: {
      event_id: notice.id,
      payment_id: found.payment.id,
      amount: notice.amount,
      outstanding: found.payment.canceled ? 0 : found.payment.amount - found.payment.captured,
    },
  })
  if (notice.amount < found.payment.amount - found.payment.captured) {
    logger.warn(`VietQR: ${reference} received ${notice.amount} ₫ of ${found.payment.amount - found.payment.captured} ₫ owed.`)
  }
  res.json({ matched: true, reference, duplicate: result.duplicate, captured: result.captured })
}
