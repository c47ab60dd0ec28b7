import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
import { outageOf, outageSentence } from "../../../lib/http/outage"

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
    return refused(refusal("in_progress", ctx.locale), ctx.locale)
  }
  const outcome = refused(error, ctx.locale)
  if (outcome.status === 503) scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Counter sale ${body.client_id} not recorded, the till will retry: ${error?.name ?? ""} ${error?.message ?? error}`)
  return outcome
}

/**
 * A refusal keeps its own status and sentence. The database or Redis being away, and Medusa's own
 * "conflicted with another request, retry" (what a transaction cut off by a restarting database
 * reports, measured in tests/load), are a 503 the till retries: its sync treats 5xx as "later"
 * but any 4xx as the clerk's to fix. Any other error gets the status Medusa would answer.
 */
function refused(error: any, locale: PosContext["locale"]): SaleOutcome {
  if (isRefusal(error)) return { status: refusalStatus(error.code), code: error.code, message: error.message, error }
  const outage = outageOf(error)
  if (outage) return { status: 503, code: outage, message: outageSentence(outage, locale), error }
  const { statusCode, body } = getHttpResponseFromError(error)
  if (body.code === "invalid_state_error") return { status: 503, code: "try_again", message: outageSentence("redis_unavailable", locale), error }
  return { status: statusCode, code: String(body.code ?? body.type ?? "unknown_error"), message: String(body.message), error }
}
