import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { describeError } from "./describe-error"
import { PRODUCT_INDEX } from "./product-index-fields"

/** A health check must answer, whatever the engine does: past this it reports a failure. */
export const HEALTH_TIMEOUT_MS = 5_000

/**
 * `reason` is safe to show anyone (the route is public); `detail` may name internal hosts and
 * goes to the log only.
 */
export type SearchHealth =
  | { status: "ok"; provider: string; index: string; state: string; documents: number }
  | { status: "unavailable"; provider: string; index: string; state?: string; reason: string; detail: string }

class IndexNotReady extends Error {}
class NoAnswer extends Error {}

/** Asks the catalogue index for one document, the way a search would, within `timeoutMs`. */
export async function searchHealth(scope: MedusaContainer, timeoutMs = HEALTH_TIMEOUT_MS): Promise<SearchHealth> {
  const searchModule = scope.resolve(Modules.SEARCH)
  const provider = searchModule.getIndex(PRODUCT_INDEX).provider
  let state: string | undefined
  try {
    const probe = async () => {
      const info = (await searchModule.listIndexes()).find((i) => i.name === PRODUCT_INDEX)
      state = info?.status
      if (state !== "ready") throw new IndexNotReady(`the product index is ${state ?? "missing"}, not ready (npm run search:reindex builds it)`)
      const result = await searchModule.search({ entity: PRODUCT_INDEX, pagination: { take: 1 }, search_options: { count: "exact" } })
      return result.metadata.count ?? 0
    }
    const documents = await withTimeout(probe(), timeoutMs)
    return { status: "ok", provider, index: PRODUCT_INDEX, state: state!, documents }
  } catch (e) {
    const reason =
      e instanceof IndexNotReady || e instanceof NoAnswer ? e.message : "the search engine could not be reached or refused the query"
    return { status: "unavailable", provider, index: PRODUCT_INDEX, state, reason, detail: describeError(e) }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswer(`the search engine did not answer within ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
