#!/usr/bin/env node
// npm start: database (embedded unless DATABASE_URL), migrations, the demo seed on an empty
// database, then the backend on :9000 and, once they exist, the storefront (:3000) and POS (:3001).
// Ctrl-C stops every child process group and the embedded database.
//   npm run dev   same, with `medusa develop` (reloads on change)
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ensureDatabase, DatabaseError, ROOT } from "./lib/database.mjs"
import { BACKEND, isSeeded, migrate, runSeed } from "./lib/backend.mjs"
import { isMigrated, markMigrated, schemaStamp } from "./lib/migration-stamp.mjs"

const dev = process.argv.includes("--dev")
const ports = {
  backend: Number(process.env.PORT || process.env.OCOP_BACKEND_PORT || 9000),
  storefront: Number(process.env.OCOP_STOREFRONT_PORT || 3000),
  pos: Number(process.env.OCOP_POS_PORT || 3001),
}
const children = []
let db
let stopping = false

async function main() {
  const t0 = Date.now()
  db = await ensureDatabase()
  process.env.DATABASE_URL = db.url
  // Uploaded image URLs carry the backend's address: seed with the port we will serve on.
  process.env.PORT = String(ports.backend)
  const stamp = schemaStamp()
  const seeded = await isSeeded(db.url)
  if (seeded && isMigrated(db.url, stamp)) {
    console.log("Database schema is up to date (same code as its last migration).")
  } else {
    await migrate()
    if (seeded) {
      // New code or configuration (Stripe keys, say): the seed updates what it owns, such as
      // each region's payment methods, and leaves everything else as it is.
      console.log("Configuration changed: bringing the demo data in line (npm run seed)…")
      await runSeed()
    }
    markMigrated(db.url, stamp)
  }
  if (!seeded) {
    console.log("Empty database: loading the Hanoi OCOP demo catalogue (npm run seed)…")
    await runSeed()
  }
  const backendUrl = `http://localhost:${ports.backend}`
  start("backend", BACKEND, [path.join(ROOT, "node_modules/.bin/medusa"), dev ? "develop" : "start"], {
    PORT: String(ports.backend),
    // Links in e-mails (password reset) point at the storefront.
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${ports.storefront}`,
    NODE_ENV: "development", // serves the admin dashboard through Vite, so no admin build is needed
  })
  await waitForHealth(`${backendUrl}/health`)
  await waitForSearch(`${backendUrl}/health/search`)
  const key = await publishableKey(db.url)
  const appEnv = { MEDUSA_BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: key ?? "", OCOP_SESSION_SECRET: sessionSecret() }
  for (const [name, port] of [["storefront", ports.storefront], ["pos", ports.pos]]) {
    if (hasScript(name, "start")) start(name, path.join(ROOT, name), ["npm", "run", dev && hasScript(name, "dev") ? "dev" : "start"], { ...appEnv, PORT: String(port) })
  }
  console.log(`
✔ OCOP backend ready in ${((Date.now() - t0) / 1000).toFixed(1)} s
  Backend API      ${backendUrl}   (health: ${backendUrl}/health)
  Admin dashboard  ${backendUrl}/app   admin@ocop.test / ocop-demo
  Publishable key  ${key ?? "(none yet)"}
${hasScript("storefront", "start") ? `  Storefront       http://localhost:${ports.storefront}\n` : ""}${hasScript("pos", "start") ? `  POS              http://localhost:${ports.pos}\n` : ""}  Press Ctrl-C to stop everything.
`)
}

/** The storefront's session-signing secret: OCOP_SESSION_SECRET, else one kept with the data
 *  folder, so shoppers stay signed in across restarts. */
function sessionSecret() {
  if (process.env.OCOP_SESSION_SECRET) return process.env.OCOP_SESSION_SECRET
  const dir = process.env.OCOP_DATA_DIR || path.join(ROOT, ".data")
  const file = path.join(dir, "session-secret")
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 })
  }
  return fs.readFileSync(file, "utf8").trim()
}

function hasScript(workspace, script) {
  const file = path.join(ROOT, workspace, "package.json")
  return fs.existsSync(file) && Boolean(JSON.parse(fs.readFileSync(file, "utf8")).scripts?.[script])
}

/** Each child gets its own process group, so stopping it also stops what it spawned (medusa
 *  develop leaves its server running otherwise). */
function start(name, cwd, [cmd, ...args], env) {
  const child = spawn(cmd, args, {
    cwd,
    detached: true,
    stdio: "inherit",
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env },
  })
  child.on("exit", (code, signal) => {
    if (stopping) return
    console.error(`\n✖ ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the rest.`)
    shutdown(1)
  })
  children.push({ name, child })
}

async function waitForHealth(url, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (stopping) return
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The backend did not answer ${url} within ${timeoutMs / 1000} s.`)
}

/** The search index fills in the background when it is new (first start after an upgrade); say
 *  so rather than announce a shop whose search is still empty. Not fatal: the shop works without. */
async function waitForSearch(url, timeoutMs = 300_000) {
  const until = Date.now() + timeoutMs
  let said = false
  while (Date.now() < until && !stopping) {
    try {
      const res = await fetch(url)
      if (res.ok) return
      if (!said) console.log(`Search: ${(await res.json()).reason ?? "not ready"}; waiting…`)
      said = true
    } catch {
      // not answering yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  if (!stopping) console.warn(`⚠ Search is not ready yet (${url}); it keeps filling in the background. \`npm run search:reindex\` rebuilds it.`)
}

async function publishableKey(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1")
    return rows[0]?.token
  } finally {
    await client.end()
  }
}

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  console.log("\nStopping…")
  const exits = children.map(({ child }) => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once("exit", resolve)
    try { process.kill(-child.pid, "SIGTERM") } catch { /* already gone */ }
    setTimeout(() => { try { process.kill(-child.pid, "SIGKILL") } catch { /* already gone */ } ; resolve() }, 10_000).unref()
  }))
  await Promise.all(exits)
  await db?.stop().catch(() => {})
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
main().catch((e) => {
  console.error(e instanceof DatabaseError ? `\n✖ ${e.message}\n` : `\n✖ ${e.message ?? e}\n`)
  shutdown(1)
})
