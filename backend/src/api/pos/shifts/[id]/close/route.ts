import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { closePosShiftWorkflow } from "../../../../../workflows/pos/pos-shifts"
import { pos } from "../../../pos-clerk"
import type { PosCloseShift } from "../../../validators"
import { shiftReport, shiftView } from "../../shift-view"
import { centreShift } from "../centre-shift"

/** POST /pos/shifts/:id/close: the drawer counted by denomination; answers the shift and its report. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosCloseShift>>, res: MedusaResponse) {
  const ctx = pos(req)
  const shift = await centreShift(req, ctx.centre.id)
  const { result } = await closePosShiftWorkflow(req.scope).run({ input: { shift_id: shift.id, counted: req.validatedBody.counted } })
  res.json({ shift: shiftView(result), report: await shiftReport(req.scope, result, ctx.clerk.email) })
}
