import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { requestLocale } from "../../../../lib/locale"
import { describeError } from "../../../../lib/search/describe-error"
import { searchProducts, SearchUnavailableError } from "../../../../lib/search/product-search"
import type { StoreOcopSearchParams } from "./validators"

/**
 * GET /store/ocop/search: the catalogue search the storefront and the POS share. Only products
 * in the publishable key's sales channels, published, and not past their certificate's expiry.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const started = process.hrtime.bigint()
  try {
    const answer = await searchProducts(req.scope, req.validatedQuery as StoreOcopSearchParams, {
      salesChannelIds: req.publishable_key_context.sales_channel_ids,
      locale: requestLocale(req),
    })
    // Server-side time, so benchmarks can tell the engine's share from the network's.
    res.setHeader("Server-Timing", `search;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`)
    res.json(answer)
  } catch (e) {
    if (!(e instanceof SearchUnavailableError)) throw e
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Search failed: ${describeError(e.cause)}`)
    res.status(503).json({ type: "search_unavailable", message: e.message })
  }
}
