import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { searchHealth } from "../../../lib/search/search-health"

/**
 * GET /health/search: 200 when the catalogue index answers a query, 503 with the reason when it
 * does not (engine unreachable or too slow, index not built yet). For load balancers and
 * `npm start`. Public, so the engine's own error (which may name internal hosts) is only logged.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const health = await searchHealth(req.scope)
  if (health.status === "ok") {
    res.json(health)
    return
  }
  const { detail, ...answer } = health
  req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Search health check failed: ${detail}`)
  res.status(503).json(answer)
}
