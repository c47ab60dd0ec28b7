import { describe, expect, it } from "vitest"
import { infrastructureModules, lockProvider } from "./infrastructure"

const resolves = (env: Record<string, string>) => infrastructureModules(env).map((m) => m.resolve)

describe("infrastructure modules", () => {
  it("uses Medusa's in-process defaults for one process", () => {
    expect(lockProvider({})).toBe("in-process")
    expect(infrastructureModules({})).toEqual([])
  })

  it("switches event bus, workflow engine, cache and locking to Redis with REDIS_URL", () => {
    const env = { REDIS_URL: "redis://127.0.0.1:6379" }
    expect(resolves(env)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/cache-redis",
      "@medusajs/medusa/locking",
    ])
    const locking = infrastructureModules(env).find((m) => m.resolve === "@medusajs/medusa/locking")
    expect(JSON.stringify(locking?.options)).toContain("locking-redis")
    expect(JSON.stringify(locking?.options)).toContain("redis://127.0.0.1:6379")
  })

  it("refuses Postgres locks with the default connection pool, which deadlocks", () => {
    expect(() => infrastructureModules({ OCOP_LOCK_PROVIDER: "postgres" })).toThrow(/DATABASE_POOL_MAX of at least 20/)
    expect(() => infrastructureModules({ OCOP_LOCK_PROVIDER: "postgres", DATABASE_POOL_MAX: "10" })).toThrow(/deadlocks/)
  })

  it("uses Postgres advisory locks with a pool sized for them", () => {
    const modules = infrastructureModules({ OCOP_LOCK_PROVIDER: "postgres", DATABASE_POOL_MAX: "40" })
    expect(JSON.stringify(modules)).toContain("locking-postgres")
  })
})
