import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pos } from "../../../pos-clerk"
import { shiftReport } from "../../shift-view"
import { centreShift } from "../centre-shift"

/** GET /pos/shifts/:id/report: the shift's takings and drawer (prints at closing). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = pos(req)
  const shift = await centreShift(req, ctx.centre.id)
  res.json({ report: await shiftReport(req.scope, shift, ctx.clerk.email) })
}
