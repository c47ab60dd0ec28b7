import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readProducerSales } from "../../../../lib/producer-sales/sales-reads.server"
import { buildStatement, monthRange } from "../../../../lib/producer-sales/statement"
import { statementCsv } from "../../../../lib/producer-sales/statement-csv"
import { statementPdf } from "../../../../lib/producer-sales/statement-pdf"
import { producer } from "../../producer-scope"

/** GET /producer/statements/:month?format=json|csv|pdf: the month's settlement, per centre. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const month = req.params.month!
  const range = monthRange(month)
  if ("error" in range) throw new MedusaError(MedusaError.Types.INVALID_DATA, range.error)
  const { lines, centres } = await readProducerSales(req.scope, ctx.producer.id, range.start, range.end)
  const statement = buildStatement(ctx.producer, month, range, lines, centres)
  const format = (req.validatedQuery?.format as string | undefined) ?? "json"
  const filename = `ocop-statement-${ctx.producer.handle}-${month}`
  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${filename}.csv"`)
    // The byte-order mark makes spreadsheet programs read the Vietnamese as UTF-8.
    return res.send("\uFEFF" + statementCsv(statement))
  }
  if (format === "pdf") {
    res.setHeader("content-type", "application/pdf")
    res.setHeader("content-disposition", `attachment; filename="${filename}.pdf"`)
    return res.send(Buffer.from(await statementPdf(statement)))
  }
  res.json({ statement })
}
