import { describe, expect, it } from "vitest"
import { startScript } from "./start-process"

const plans = () => import("../../scripts/lib/cluster-plan.mjs")

/** npm run start:cluster: which processes it would run, and what it refuses (decision 24). */
describe("npm run start:cluster", () => {
  it("refuses, before starting anything, when several servers would not share a lock", async () => {
    const run = startScript("scripts/start-cluster.mjs", ["--backend-only"], { REDIS_URL: "", OCOP_LOCK_PROVIDER: "", DATABASE_URL: "" })
    expect(await run.exited).toBe(1)
    expect(run.output()).toMatch(/Several servers need a shared lock/)
    expect(run.output()).toMatch(/Set REDIS_URL/)
    expect(run.output()).not.toMatch(/Embedded PostgreSQL is running/) // nothing was started
    expect(run.output()).not.toMatch(/\n\s+at /)
  })

  it("refuses Postgres locks with a pool that deadlocks, and names the setting", async () => {
    const run = startScript("scripts/start-cluster.mjs", ["--backend-only"], { REDIS_URL: "", OCOP_LOCK_PROVIDER: "postgres", DATABASE_POOL_MAX: "10", DATABASE_URL: "" })
    expect(await run.exited).toBe(1)
    expect(run.output()).toMatch(/DATABASE_POOL_MAX of at least 20 \(got 10\)/)
  })

  it("with Redis: two servers and a worker, the admin on the first server only", async () => {
    const { clusterPlan } = await plans()
    const plan = clusterPlan({ REDIS_URL: "redis://:secret@127.0.0.1:6379" })
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.servers.map((s) => [s.port, s.env.MEDUSA_WORKER_MODE, s.env.ADMIN_DISABLED ?? "false"])).toEqual([
      [9000, "server", "false"],
      [9001, "server", "true"],
    ])
    expect(plan.workers.map((w) => [w.port, w.env.MEDUSA_WORKER_MODE])).toEqual([[9002, "worker"]])
    expect(plan.summary).not.toMatch(/secret/) // the password is not printed
  })

  it("with Postgres locks and no Redis: shared servers and no worker, since events cannot reach one", async () => {
    const { clusterPlan } = await plans()
    const plan = clusterPlan({ OCOP_LOCK_PROVIDER: "postgres", DATABASE_POOL_MAX: "40", OCOP_SERVER_PORTS: "9100,9101,9102" })
    expect(plan.ok).toBe(true)
    if (!plan.ok) return
    expect(plan.servers.map((s) => s.env.MEDUSA_WORKER_MODE)).toEqual(["shared", "shared", "shared"])
    expect(plan.workers).toEqual([])
  })

  it("explains a port list it cannot use", async () => {
    const { clusterPlan } = await plans()
    expect(clusterPlan({ REDIS_URL: "redis://x", OCOP_SERVER_PORTS: "9000" })).toMatchObject({ ok: false, message: expect.stringMatching(/at least two ports/) })
  })
})
