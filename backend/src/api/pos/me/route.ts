import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { receivingBank } from "../../../modules/ocop/lib/bank-account"
import { defaultVietQrAccount } from "../../../config/payments"
import { offlineLimits } from "../../../lib/pos/offline-limits"
import { returnWindowDays } from "../../../lib/pos/pos-roles"
import { pos } from "../pos-clerk"

/**
 * GET /pos/me: the signed-in clerk, their centre (with the account VietQR transfers go to, so
 * the till can draw the code itself, offline too), their discount limits, the return window and
 * what the till may do offline at this centre.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { clerk, centre, limit } = pos(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const own = centre.bank_bin && centre.bank_account_number && centre.bank_account_name
    ? { bin: centre.bank_bin, account_number: centre.bank_account_number, account_name: centre.bank_account_name }
    : defaultVietQrAccount(process.env)
  // The shop's publishable key, for /store/ocop/search (filtered to this centre by the till).
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["token", "revoked_at"], filters: { type: "publishable" } })
  res.json({
    clerk,
    centre: {
      id: centre.id,
      handle: centre.handle,
      name_vi: centre.name_vi,
      name_en: centre.name_en,
      address: centre.address,
      phone: centre.phone ?? null,
      bank: own ? { ...own, short_name: receivingBank(own.bin)?.shortName ?? null } : null,
      publishable_key: keys.find((k: any) => !k.revoked_at)?.token ?? null,
    },
    limits: { line_discount_percent: limit, order_discount_percent: limit },
    settings: { return_window_days: returnWindowDays(), offline: offlineLimits(centre) },
  })
}
