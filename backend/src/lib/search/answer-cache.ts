import { createHash } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"

/**
 * How long an answer may be served again. Short, so a change still reaches search within 5 s
 * (the index takes well under one); long enough that the busiest pages (the catalogue's first
 * page, a centre's products) are computed once per window instead of once per visitor.
 * OCOP_SEARCH_CACHE_SECONDS=0 turns it off.
 */
export function answerCacheSeconds(env: Record<string, string | undefined> = process.env) {
  const value = Number(env.OCOP_SEARCH_CACHE_SECONDS ?? 3)
  return Number.isFinite(value) && value > 0 ? value : 0
}

const inFlight = new Map<string, Promise<unknown>>()

/**
 * Serves a search answer from Medusa's cache module (in memory, or Redis with REDIS_URL), or
 * computes it once however many identical requests arrive meanwhile.
 */
export async function cachedAnswer<T>(scope: MedusaContainer, parts: unknown, compute: () => Promise<T>): Promise<T> {
  const seconds = answerCacheSeconds()
  if (!seconds) return compute()
  const key = `ocop:search:answer:${createHash("sha1").update(JSON.stringify(parts)).digest("hex")}`
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  const hit = await cache.get<T>(key)
  if (hit) return hit
  const running = inFlight.get(key) as Promise<T> | undefined
  if (running) return running
  const work = compute()
    .then(async (answer) => {
      await cache.set(key, answer, seconds)
      return answer
    })
    .finally(() => inFlight.delete(key))
  inFlight.set(key, work)
  return work
}
