import type { MedusaContainer } from "@medusajs/framework/types"
import { getHttpResponseFromError } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { isRefusal, refusal, refusalStatus } from "../../../lib/pos/refusals"
import { saleView } from "../../../lib/pos/sale-view"
import { createPosSaleWorkflow } from "../../../workflows/pos/create-pos-sale"
import { DUPLICATE_SALE } from "../../../workflows/pos/steps/record-pos-sale"
import type { PosSaleBody, SaleCatalogue } from "../../../workflows/pos/types"
import type { PosContext } from "../pos-clerk"
import { settledSale } from "./settled-sale"

/** What one sale came to: recorded (201), recorded before (200), or refused with a code and sentence. */
export type SaleOutcome =
  | { status: 200 | 201; sale: ReturnType<typeof saleView> }
  | { status: number; code: string; message: string; error: unknown }

/**
 * Records one counter sale once per (centre, client id), as POST /pos/sales and each sale of
 * POST /pos/sales/batch answer it. `catalogue` is the batch's one catalogue read.
 */
export async function recordSale(scope: MedusaContainer, ctx: PosContext, body: PosSaleBody, catalogue?: SaleCatalogue): Promise<SaleOutcome> {
  const service: PosModuleService = scope.resolve(POS_MODULE)
  const name = [ctx.clerk.first_name, ctx.clerk.last_name].filter(Boolean).join(" ") || ctx.clerk.email
  const recorded = (sale: Record<string, any>, status: 200 | 201) => ({ status, sale: saleView(sale, ctx.centre, name) })
  const again = await settledSale(service, ctx.centre.id, body.client_id)
  if (again) return recorded(again, 200)

  const { result, errors } = await createPosSaleWorkflow(scope).run({
    input: { sale: body, centre: ctx.centre, clerk: ctx.clerk, limit: ctx.limit, locale: ctx.locale, catalogue },
    throwOnError: false,
  })
  const error = errors?.[0]?.error
  if (!error) return recorded(result, 201)
  if (error.code === DUPLICATE_SALE) {
    const other = await settledSale(service, ctx.centre.id, body.client_id)
    if (other) return recorded(other, 200)
    return refused(refusal("in_progress", ctx.locale))
  }
  return refused(error)
}

/** A refusal keeps its own status and sentence; any other error gets the status Medusa would answer. */
function refused(error: any): SaleOutcome {
  if (isRefusal(error)) return { status: refusalStatus(error.code), code: error.code, message: error.message, error }
  const { statusCode, body } = getHttpResponseFromError(error)
  return { status: statusCode, code: String(body.code ?? body.type ?? "unknown_error"), message: String(body.message), error }
}
