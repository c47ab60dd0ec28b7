import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateQuery } from "../../validate-query"

/**
 * Validators and guards for the producer area's sales routes (wired in api/middlewares.ts). These
 * check the shape; whether a date or month is a real one is checked by lib/producer-sales, whose
 * sentences the routes answer with.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
const locale = z.enum(["vi", "en"]).optional()

export const ProducerSalesQuery = z.object({ from: day.optional(), to: day.optional(), locale }).strict()
export const ProducerStatementQuery = z
  .object({ format: z.enum(["json", "csv", "pdf"], { message: "format: expected json, csv or pdf" }).optional(), locale })
  .strict()

export const salesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/sales", methods: ["GET"], middlewares: [validateQuery(ProducerSalesQuery)] },
  { matcher: "/producer/statements/:month", methods: ["GET"], middlewares: [validateQuery(ProducerStatementQuery)] },
]
