/**
 * Chooses Medusa's infrastructure modules from the environment.
 *
 * One process: Medusa's in-process event bus, workflow engine and lock (the defaults, so we
 * return nothing for them). Several processes need a *shared* lock, or checkouts oversell
 * (measured: see shared MACHINE-NOTES), so:
 * - REDIS_URL set: Redis event bus, workflow engine, locking and cache.
 * - OCOP_LOCK_PROVIDER=postgres: Postgres advisory locks. Only safe with a pool sized above the
 *   concurrent checkouts per process (DATABASE_POOL_MAX); the default pool of 10 deadlocks.
 */
export type Env = Record<string, string | undefined>

export type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

export const MIN_POOL_FOR_POSTGRES_LOCKS = 20

export function lockProvider(env: Env): "redis" | "postgres" | "in-process" {
  if (env.REDIS_URL) return "redis"
  if (env.OCOP_LOCK_PROVIDER === "postgres") return "postgres"
  return "in-process"
}

export function infrastructureModules(env: Env): ModuleEntry[] {
  const provider = lockProvider(env)
  if (provider === "redis") {
    const redisUrl = env.REDIS_URL as string
    return [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  }
  if (provider === "postgres") {
    const pool = Number(env.DATABASE_POOL_MAX || 0)
    if (pool < MIN_POOL_FOR_POSTGRES_LOCKS) {
      throw new Error(
        `OCOP_LOCK_PROVIDER=postgres needs DATABASE_POOL_MAX of at least ${MIN_POOL_FOR_POSTGRES_LOCKS} ` +
          `(got ${env.DATABASE_POOL_MAX ?? "unset"}): each lock waiter holds a pooled connection, and the ` +
          `default pool of 10 deadlocks under concurrent checkouts. Set DATABASE_POOL_MAX above the ` +
          `concurrent checkouts per process, or use REDIS_URL.`
      )
    }
    return [
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-postgres",
              id: "locking-postgres",
              is_default: true,
            },
          ],
        },
      },
    ]
  }
  return []
}
