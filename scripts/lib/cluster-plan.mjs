// Which processes `npm run start:cluster` runs, decided from the environment alone so it can be
// tested and so a wrong setup is refused before anything starts.
//
// Two servers share stock, so they must share a lock, or checkouts oversell (measured: shared
// MACHINE-NOTES, "Concurrency"). Redis gives Medusa a shared lock, workflow engine and event bus,
// and with it the server/worker split: servers answer HTTP, the worker runs subscribers and
// scheduled jobs. The Postgres lock provider is the other accepted lock, but without Redis the
// event bus is in-process: a worker would never hear the servers' events, so both servers then
// run in "shared" mode and there is no worker.

/** The same floor as backend/src/config/infrastructure.ts (MIN_POOL_FOR_POSTGRES_LOCKS). */
export const MIN_POOL_FOR_POSTGRES_LOCKS = 20

/** @param {Record<string, string | undefined>} env */
export function clusterPlan(env) {
  const ports = (env.OCOP_SERVER_PORTS || "9000,9001").split(",").map((p) => Number(p.trim()))
  if (ports.length < 2 || ports.some((p) => !Number.isInteger(p) || p <= 0)) {
    return { ok: false, message: `OCOP_SERVER_PORTS must list at least two ports, like "9000,9001" (got "${env.OCOP_SERVER_PORTS}").` }
  }
  const workerPort = Number(env.OCOP_WORKER_PORT || 9002)
  const apps = { storefrontPort: Number(env.OCOP_STOREFRONT_PORT || 3000), posPort: Number(env.OCOP_POS_PORT || 3001) }
  const server = (mode) => (port, i) => ({ name: `server-${i + 1}`, port, env: { MEDUSA_WORKER_MODE: mode, ...(i > 0 ? { ADMIN_DISABLED: "true" } : {}) } })

  if (env.REDIS_URL) {
    return {
      ok: true,
      summary: `${ports.length} servers and 1 worker on Redis ${redacted(env.REDIS_URL)}`,
      servers: ports.map(server("server")),
      workers: [{ name: "worker", port: workerPort, env: { MEDUSA_WORKER_MODE: "worker", ADMIN_DISABLED: "true" } }],
      env: {},
      ...apps,
    }
  }
  if (env.OCOP_LOCK_PROVIDER === "postgres") {
    const pool = Number(env.DATABASE_POOL_MAX || 0)
    if (pool < MIN_POOL_FOR_POSTGRES_LOCKS) {
      return {
        ok: false,
        message:
          `OCOP_LOCK_PROVIDER=postgres needs DATABASE_POOL_MAX of at least ${MIN_POOL_FOR_POSTGRES_LOCKS} (got ${env.DATABASE_POOL_MAX ?? "unset"}). ` +
          `Each checkout waiting for the lock holds a database connection, and the default pool of 10 deadlocks. ` +
          `Set it above the checkouts one server runs at once, and keep servers × pool under PostgreSQL's max_connections.`,
      }
    }
    return {
      ok: true,
      summary: `${ports.length} servers sharing Postgres locks (pool ${pool}); no Redis, so no separate worker: each server runs subscribers and jobs`,
      servers: ports.map(server("shared")),
      workers: [],
      env: {},
      ...apps,
    }
  }
  return {
    ok: false,
    message:
      "Several servers need a shared lock, or two checkouts on different servers can sell the same last piece. " +
      "Set REDIS_URL (recommended: Redis also carries events and workflows between servers and the worker), " +
      "or OCOP_LOCK_PROVIDER=postgres with DATABASE_POOL_MAX=40. One server needs neither: npm start.",
  }
}

function redacted(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "(REDIS_URL)"
  }
}
