import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { isRefusal, sendRefusal } from "../../../lib/pos/refusals"
import { saleView } from "../../../lib/pos/sale-view"
import { pos } from "../pos-clerk"
import type { PosCreateSale, PosListSales } from "../validators"
import { recordSale } from "./record-sale"
import { whileSelling } from "../../../lib/pos/settle-queue"
import { OUTAGE_RETRY_AFTER_SECONDS } from "../../../lib/http/outage"

/**
 * POST /pos/sales: records a counter sale once per (centre, client id). The first arrival is
 * 201; the same sale again (a retry, a replay, a second tab) is 200 with the same sale.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosCreateSale>>, res: MedusaResponse) {
  const outcome = await whileSelling(() => recordSale(req.scope, pos(req), req.validatedBody))
  if ("sale" in outcome) return res.status(outcome.status).json({ sale: outcome.sale })
  if (isRefusal(outcome.error)) return sendRefusal(res, outcome.error)
  if (outcome.status === 503) {
    // The database or Redis was away mid-sale (record-sale.ts): the till sends the same sale again.
    res.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS))
    return res.status(503).json({ type: "service_unavailable", code: outcome.code, message: outcome.message })
  }
  throw outcome.error
}

/** GET /pos/sales: this centre's sales, newest first; `receipt` finds one by its number. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = pos(req)
  const service: PosModuleService = req.scope.resolve(POS_MODULE)
  const q = req.validatedQuery as z.infer<typeof PosListSales>
  const filters: Record<string, unknown> = { centre_id: ctx.centre.id, status: "completed" }
  if (q.receipt) filters.receipt_number = q.receipt.trim().toUpperCase()
  if (q.from || q.to) filters.sold_at = { ...(q.from ? { $gte: new Date(q.from) } : {}), ...(q.to ? { $lt: new Date(q.to) } : {}) }
  const limit = Math.min(100, Math.max(1, Number(q.limit) || 20))
  const offset = Math.max(0, Number(q.offset) || 0)
  const [sales, count] = await service.listAndCountPosSales(filters, { take: limit, skip: offset, order: { sold_at: "DESC" } })
  res.json({ sales: sales.map((s) => saleView(s, ctx.centre)), count, limit, offset })
}
