import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { OUTAGE_RETRY_AFTER_SECONDS, outageOf, outageSentence } from "../lib/http/outage"
import { requestLocale } from "../lib/locale"

/**
 * Medusa's error handler, except that a database or Redis outage is a 503 with a sentence and a
 * Retry-After (lib/http/outage.ts): the storefront and the till then say "try again" rather
 * than "something went wrong", and a load balancer may send the retry to a healthy server.
 */
export function outageErrorHandler() {
  const medusa = errorHandler()
  return (err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const outage = outageOf(err)
    if (!outage || res.headersSent) return medusa(err as Error, req, res, next)
    const logger = req.scope?.resolve?.("logger") as { warn?: (m: string) => void } | undefined
    logger?.warn?.(`${req.method} ${req.originalUrl ?? req.url}: ${outage} (${(err as Error)?.message ?? err})`)
    res.setHeader("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS))
    res.status(503).json({ type: "service_unavailable", code: outage, message: outageSentence(outage, requestLocale(req)) })
  }
}
