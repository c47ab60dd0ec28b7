import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { returnWindowDays } from "../../../../../lib/pos/pos-roles"
import { isRefusal, refusal, sendRefusal } from "../../../../../lib/pos/refusals"
import { saleView } from "../../../../../lib/pos/sale-view"
import { settleSale } from "../../../../../lib/pos/settle"
import { createPosReturnWorkflow } from "../../../../../workflows/pos/create-pos-return"
import { DUPLICATE_RETURN } from "../../../../../workflows/pos/steps/record-pos-return"
import { pos } from "../../../pos-clerk"
import { saleIdForReturn } from "../../settled-sale"
import { shiftFilter } from "../../../../../lib/pos/shift-ref"
import type { PosCreateReturn } from "../../../validators"

const returnView = (r: Record<string, any>) => ({
  id: r.id, sale_id: r.sale_id, lines: r.lines, amount: r.amount, refund: r.refund, note: r.note ?? null, status: r.status, created_at: new Date(r.created_at).toISOString(),
  offline: !!r.offline, returned_at: new Date(r.returned_at ?? r.created_at).toISOString(),
})

/** POST /pos/sales/:id/returns (:id or the sale's client id): some or all of a sale brought back, refunded once per client id. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosCreateReturn>>, res: MedusaResponse) {
  const ctx = pos(req)
  const body = req.validatedBody
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const answer = async (status: number, id: string) => {
    const r = await service.retrievePosReturn(id)
    res.status(status).json({ return: returnView(r), sale: saleView(await service.retrievePosSale(r.sale_id), ctx.centre) })
  }
  const [again] = await service.listPosReturns({ centre_id: ctx.centre.id, client_id: body.client_id, status: "completed" }, { take: 1 })
  if (again) return answer(200, again.id)

  let shiftId: string | null = null
  if (body.shift_id) {
    const [shift] = await service.listPosShifts({ ...shiftFilter(body.shift_id), centre_id: ctx.centre.id }, { take: 1 })
    if (!shift) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shift ${body.shift_id} was not found at this centre.`)
    shiftId = shift.id
  } else if (body.refund === "cash") {
    return sendRefusal(res, refusal("no_shift_refund", ctx.locale) as any)
  }

  // `:id` is the sale's id, or the client id the till gave it (a return queued offline after a
  // sale that may not have synced yet: then the till is told to send it again later).
  const saleId = await saleIdForReturn(service, ctx.centre.id, req.params.id!)
  if (!saleId) return sendRefusal(res, refusal("sale_not_synced", ctx.locale) as any)
  // A return needs the sale handed over on the order first (settled, normally within a second).
  await settleSale(req.scope, saleId).catch(() => undefined)
  const { result, errors } = await createPosReturnWorkflow(req.scope).run({
    input: { sale_id: saleId, body, centre: ctx.centre, clerk: ctx.clerk, shift_id: shiftId, window_days: returnWindowDays(), locale: ctx.locale },
    throwOnError: false,
  })
  const error = errors?.[0]?.error
  if (error) {
    if (error.code === DUPLICATE_RETURN) {
      const [other] = await service.listPosReturns({ centre_id: ctx.centre.id, client_id: body.client_id, status: "completed" }, { take: 1 })
      if (other) return answer(200, other.id)
      return sendRefusal(res, refusal("in_progress", ctx.locale) as any)
    }
    if (isRefusal(error)) return sendRefusal(res, error)
    throw error
  }
  return answer(201, result.id)
}
