import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { timingSafeEqual } from "node:crypto"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { receiptToken, saleView } from "../../../../../lib/pos/sale-view"

/**
 * GET /store/ocop/receipts/:number?t=: a counter receipt, for the QR code printed on it. The
 * token is an HMAC of the number; without it (or with a wrong one) the receipt is not found, so
 * receipts cannot be read by counting.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const number = String(req.params.number ?? "")
  const given = Buffer.from(String((req.query as any).t ?? ""))
  const expected = Buffer.from(receiptToken(number))
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Receipt ${number} was not found.`)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw notFound
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const [sale] = await service.listPosSales({ receipt_number: number, status: "completed" }, { take: 1 })
  if (!sale) throw notFound
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [centre],
  } = await query.graph({ entity: "centre", fields: ["handle", "name_vi", "name_en", "address", "phone"], filters: { id: sale.centre_id } })
  // Staff matters (a stock conflict, the till offline) stay off the customer's receipt.
  const { client_id: _c, order_id: _o, shift_id: _s, customer_id: _cu, conflict: _cf, offline: _off, ...view } = saleView(sale, centre)
  res.json({ receipt: view })
}
