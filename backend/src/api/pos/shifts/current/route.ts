import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../../modules/pos"
import type PosModuleService from "../../../../modules/pos/service"
import { pos } from "../../pos-clerk"
import { shiftView } from "../shift-view"

/** GET /pos/shifts/current?till_id=: the till's open shift (or null), and its last receipt number. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = pos(req)
  const till = String((req.query as any).till_id ?? "")
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const [[shift], [last]] = till
    ? await Promise.all([
        service.listPosShifts({ centre_id: ctx.centre.id, till_id: till, status: "open" }, { take: 1 }),
        // A reinstalled till (or a new device with the same till id) carries on numbering from here.
        service.listPosSales({ centre_id: ctx.centre.id, till_id: till }, { take: 1, order: { created_at: "DESC" } }),
      ])
    : [[], []]
  res.json({ shift: shift ? shiftView(shift) : null, last_receipt_number: last?.receipt_number ?? null })
}
