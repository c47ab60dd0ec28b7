import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { whileSelling } from "../../../../lib/pos/settle-queue"
import { loadSaleCatalogue } from "../../../../workflows/pos/steps/prepare-pos-sale"
import { pos } from "../../pos-clerk"
import type { PosSalesBatch } from "../../validators"
import { recordSale } from "../record-sale"

/**
 * POST /pos/sales/batch: a till's queue of sales (up to 50), recorded one after the other in the
 * order sent, since each takes stock the next may need. Each sale has the outcome it would have
 * had alone at POST /pos/sales (201 recorded, 200 recorded before, or its refusal), and one
 * sale's refusal does not stop the rest. The catalogue is read once for the whole batch.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosSalesBatch>>, res: MedusaResponse) {
  const ctx = pos(req)
  const { sales } = req.validatedBody
  const results = await whileSelling(async () => {
    const catalogue = await loadSaleCatalogue(req.scope, ctx.centre, sales.flatMap((s) => s.lines.map((l) => l.variant_id)))
    const answers = []
    for (const sale of sales) {
      const outcome = await recordSale(req.scope, ctx, sale, catalogue)
      answers.push(
        "sale" in outcome
          ? { client_id: sale.client_id, status: outcome.status, sale: outcome.sale }
          : { client_id: sale.client_id, status: outcome.status, code: outcome.code, message: outcome.message }
      )
    }
    return answers
  })
  res.status(200).json({ results })
}
