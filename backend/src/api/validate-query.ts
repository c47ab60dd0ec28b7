import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Checks a route's query string against its zod schema and answers 400 with one sentence that
 * names the parameter ("limit must be at most 100"), leaving the parsed values on
 * `req.validatedQuery`. Medusa's own validator words these less plainly and adds paging rules
 * our routes do not use.
 */
export function validateQuery(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query)
    if (parsed.success) {
      req.validatedQuery = parsed.data as Record<string, unknown>
      return next()
    }
    const issue = parsed.error.issues[0]!
    const message =
      issue.code === "unrecognized_keys"
        ? `Unknown parameter ${issue.keys.map((k) => `"${k}"`).join(", ")}.`
        : sentence(issue.message, String(issue.path[0] ?? ""))
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  }
}

/** Our schema messages already start with the parameter; zod's defaults get it put in front. */
function sentence(message: string, param: string) {
  const text = param && !message.startsWith(param) ? `${param}: ${message}` : message
  return /[.!?]$/.test(text) ? text : `${text}.`
}
