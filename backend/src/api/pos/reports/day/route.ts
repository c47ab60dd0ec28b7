import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../modules/pos"
import type PosModuleService from "../../../../modules/pos/service"
import { hanoiDay } from "../../../../lib/hanoi-time"
import { dayReport, dayReportCsv } from "../../../../lib/pos/day-report"
import { pos } from "../../pos-clerk"

/** GET /pos/reports/day?date=YYYY-MM-DD[&format=csv]: this centre's day (Hanoi time), today by default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = pos(req)
  const q = req.query as Record<string, string | undefined>
  const date = q.date ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)
  let day: { from: Date; to: Date }
  try {
    day = hanoiDay(date)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `date: expected YYYY-MM-DD, got "${date}".`)
  }
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const [sales, returns] = await Promise.all([
    service.listPosSales({ centre_id: ctx.centre.id, status: "completed", sold_at: { $gte: day.from, $lt: day.to } }, { take: null }),
    service.listPosReturns({ centre_id: ctx.centre.id, status: "completed", created_at: { $gte: day.from, $lt: day.to } }, { take: null }),
  ])
  const report = dayReport(sales as any, returns as any)
  if (q.format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="ocop-${ctx.centre.handle}-${date}.csv"`)
    return res.send("\uFEFF" + dayReportCsv(date, ctx.centre.handle, report))
  }
  res.json({ date, centre: ctx.centre.handle, ...report })
}
