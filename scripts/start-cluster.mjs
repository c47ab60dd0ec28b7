#!/usr/bin/env node
// npm run start:cluster: the scale-out shape on one machine (docs/deploy.md, decision 24).
// Two Medusa servers (:9000, :9001) and one worker (:9002) on the same database and Redis, then
// the storefront (:3000, on the first server) and the POS (:3001, on the second).
//   REDIS_URL                      required, unless OCOP_LOCK_PROVIDER=postgres (below)
//   DATABASE_URL                   optional; without it, the embedded PostgreSQL as `npm start`
//   OCOP_SERVER_PORTS=9000,9001    OCOP_WORKER_PORT=9002
//   --backend-only                 no storefront and POS (the load tests use this)
// A server or worker that dies is started again while the others go on serving.
import path from "node:path"
import { ensureDatabase, DatabaseError, ROOT } from "./lib/database.mjs"
import { BACKEND } from "./lib/backend.mjs"
import { clusterPlan } from "./lib/cluster-plan.mjs"
import { hasScript, keptSecret, prepareDatabase, publishableKey, supervisor, waitForHealth, waitForSearch } from "./lib/processes.mjs"

const MEDUSA = path.join(ROOT, "node_modules/.bin/medusa")
const backendOnly = process.argv.includes("--backend-only")
let db
const processes = supervisor({ onStop: () => db?.stop().catch(() => {}) })
const stopped = () => processes.stopping

async function main() {
  const plan = clusterPlan(process.env)
  if (!plan.ok) {
    console.error(`\n✖ ${plan.message}\n`)
    process.exit(1)
  }
  const t0 = Date.now()
  db = await ensureDatabase()
  process.env.DATABASE_URL = db.url
  const [first, second] = plan.servers
  // Uploaded image URLs carry the backend's address: seed with the first server's port.
  process.env.PORT = String(first.port)
  await prepareDatabase(db.url)

  // Every process signs and checks the same tokens and cookies: a shopper's next request may
  // land on the other server.
  const shared = {
    JWT_SECRET: keptSecret("JWT_SECRET", "jwt-secret"),
    COOKIE_SECRET: keptSecret("COOKIE_SECRET", "cookie-secret"),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL || `http://localhost:${first.port}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${plan.storefrontPort}`,
    NODE_ENV: "development", // the first server serves the admin through Vite, as `npm start` does
    // Medusa's default pool (10) queues checkouts behind each other under a rush; 3 processes × 20
    // stay well under PostgreSQL's default max_connections (100).
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX || "20",
    ...plan.env,
  }
  for (const p of [...plan.servers, ...plan.workers]) {
    processes.start(p.name, BACKEND, [MEDUSA, "start"], { ...shared, ...p.env, PORT: String(p.port) }, { restart: true })
  }
  for (const p of plan.servers) await waitForHealth(`http://localhost:${p.port}/health`, { stopped })
  for (const p of plan.workers) await waitForHealth(`http://localhost:${p.port}/health`, { stopped })
  await waitForSearch(`http://localhost:${first.port}/health/search`, { stopped })
  const key = await publishableKey(db.url)
  const session = keptSecret("OCOP_SESSION_SECRET", "session-secret")
  const apps = backendOnly ? [] : [["storefront", plan.storefrontPort, first], ["pos", plan.posPort, second ?? first]]
  for (const [name, port, server] of apps) {
    if (!hasScript(name, "start")) continue
    const env = { MEDUSA_BACKEND_URL: `http://localhost:${server.port}`, MEDUSA_PUBLISHABLE_KEY: key ?? "", OCOP_SESSION_SECRET: session, PORT: String(port), NODE_ENV: "production" }
    processes.start(name, path.join(ROOT, name), ["npm", "run", "start"], env)
  }
  const rows = [
    ...plan.servers.map((p) => `  ${p.name.padEnd(16)} http://localhost:${p.port}   (${p.env.MEDUSA_WORKER_MODE})`),
    ...plan.workers.map((p) => `  ${p.name.padEnd(16)} http://localhost:${p.port}   (worker: subscribers and scheduled jobs)`),
    ...apps.map(([name, port, server]) => `  ${name.padEnd(16)} http://localhost:${port}   (on ${server.name})`),
  ]
  console.log(`
✔ OCOP cluster ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${plan.summary})
${rows.join("\n")}
  Admin dashboard  http://localhost:${first.port}/app   admin@ocop.test / ocop-demo
  Publishable key  ${key ?? "(none yet)"}
  Press Ctrl-C to stop everything.
`)
}

process.on("SIGINT", () => processes.shutdown(0))
process.on("SIGTERM", () => processes.shutdown(0))
main().catch((e) => {
  console.error(e instanceof DatabaseError ? `\n✖ ${e.message}\n` : `\n✖ ${e.message ?? e}\n`)
  processes.shutdown(1)
})
