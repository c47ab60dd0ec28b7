#!/usr/bin/env node
// npm start: database (embedded unless DATABASE_URL), migrations, the demo seed on an empty
// database, then the backend on :9000 and, once they exist, the storefront (:3000) and POS (:3001).
// Ctrl-C stops every child process group and the embedded database.
//   npm run dev   same, with `medusa develop` (reloads on change)
// Several backends on one database and Redis: scripts/start-cluster.mjs.
import path from "node:path"
import { ensureDatabase, DatabaseError, ROOT } from "./lib/database.mjs"
import { BACKEND } from "./lib/backend.mjs"
import { hasScript, keptSecret, prepareDatabase, publishableKey, supervisor, waitForHealth, waitForSearch } from "./lib/processes.mjs"

const dev = process.argv.includes("--dev")
const ports = {
  backend: Number(process.env.PORT || process.env.OCOP_BACKEND_PORT || 9000),
  storefront: Number(process.env.OCOP_STOREFRONT_PORT || 3000),
  pos: Number(process.env.OCOP_POS_PORT || 3001),
}
let db
const processes = supervisor({ onStop: () => db?.stop().catch(() => {}) })
const stopped = () => processes.stopping

async function main() {
  const t0 = Date.now()
  db = await ensureDatabase()
  process.env.DATABASE_URL = db.url
  // Uploaded image URLs carry the backend's address: seed with the port we will serve on.
  process.env.PORT = String(ports.backend)
  await prepareDatabase(db.url)
  const backendUrl = `http://localhost:${ports.backend}`
  processes.start("backend", BACKEND, [path.join(ROOT, "node_modules/.bin/medusa"), dev ? "develop" : "start"], {
    PORT: String(ports.backend),
    // Links in e-mails (password reset) point at the storefront.
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${ports.storefront}`,
    NODE_ENV: "development", // serves the admin dashboard through Vite, so no admin build is needed
  })
  await waitForHealth(`${backendUrl}/health`, { stopped })
  await waitForSearch(`${backendUrl}/health/search`, { stopped })
  const key = await publishableKey(db.url)
  // The storefront's session-signing secret is kept with the data folder, so shoppers stay signed in across restarts.
  const appEnv = { MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: key ?? "", OCOP_SESSION_SECRET: keptSecret("OCOP_SESSION_SECRET", "session-secret") }
  for (const [name, port] of [["storefront", ports.storefront], ["pos", ports.pos]]) {
    if (hasScript(name, "start")) processes.start(name, path.join(ROOT, name), ["npm", "run", dev && hasScript(name, "dev") ? "dev" : "start"], { ...appEnv, PORT: String(port) })
  }
  console.log(`
✔ OCOP backend ready in ${((Date.now() - t0) / 1000).toFixed(1)} s
  Backend API      ${backendUrl}   (health: ${backendUrl}/health)
  Admin dashboard  ${backendUrl}/app   admin@ocop.test / ocop-demo
  Publishable key  ${key ?? "(none yet)"}
${hasScript("storefront", "start") ? `  Storefront       http://localhost:${ports.storefront}\n` : ""}${hasScript("pos", "start") ? `  POS              http://localhost:${ports.pos}\n` : ""}  Press Ctrl-C to stop everything.
`)
}

process.on("SIGINT", () => processes.shutdown(0))
process.on("SIGTERM", () => processes.shutdown(0))
main().catch((e) => {
  console.error(e instanceof DatabaseError ? `\n✖ ${e.message}\n` : `\n✖ ${e.message ?? e}\n`)
  processes.shutdown(1)
})
