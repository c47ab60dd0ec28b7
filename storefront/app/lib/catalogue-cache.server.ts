import { LRUCache } from "lru-cache"

/**
 * Public catalogue reads that every visitor shares (a product with its prices and stock), kept
 * for a few seconds: Medusa takes about 90 ms of CPU per product read, and a popular product's
 * page would otherwise ask for the same answer many times a second. Carts, accounts and orders
 * are never kept here. OCOP_CATALOGUE_CACHE_SECONDS (default 5; 0 turns it off). Stock shown may
 * be that many seconds old, as in search; the cart and the checkout check it again.
 */
const seconds = Number(process.env.OCOP_CATALOGUE_CACHE_SECONDS ?? 5)

type Load = () => Promise<unknown>
const cache = new LRUCache<string, { value: unknown }, Load>({
  max: 2000,
  ttl: Math.max(0.001, seconds) * 1000,
  // Identical requests while a read is under way wait for that one read.
  fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
})

export async function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (seconds <= 0) return load()
  const entry = await cache.fetch(key, { context: load })
  return entry!.value as T
}
