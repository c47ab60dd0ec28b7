import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { isRefusal, sendRefusal } from "../../../lib/pos/refusals"
import { openPosShiftWorkflow } from "../../../workflows/pos/pos-shifts"
import { pos } from "../pos-clerk"
import type { PosOpenShift } from "../validators"
import { shiftView } from "./shift-view"

/** POST /pos/shifts: opens the till's shift with its cash float (once per client id). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosOpenShift>>, res: MedusaResponse) {
  const ctx = pos(req)
  const { result, errors } = await openPosShiftWorkflow(req.scope).run({
    input: { ...req.validatedBody, centre_id: ctx.centre.id, user_id: ctx.clerk.id, locale: ctx.locale },
    throwOnError: false,
  })
  const error = errors?.[0]?.error
  if (error) {
    if (isRefusal(error)) return sendRefusal(res, error)
    throw error
  }
  res.status(result.created ? 201 : 200).json({ shift: shiftView(result.shift) })
}
