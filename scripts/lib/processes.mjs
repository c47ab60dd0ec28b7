// What `npm start` and `npm run start:cluster` share: bringing the database's schema and demo data
// up to date, starting child processes in their own process groups, waiting for them, and
// stopping them all.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./database.mjs"
import { isSeeded, migrate, runSeed, withClient } from "./backend.mjs"
import { isMigrated, markMigrated, schemaStamp } from "./migration-stamp.mjs"

/** Migrations when the code changed since the last ones, and the demo seed on an empty database. */
export async function prepareDatabase(url) {
  const stamp = schemaStamp()
  const seeded = await isSeeded(url)
  if (seeded && isMigrated(url, stamp)) {
    console.log("Database schema is up to date (same code as its last migration).")
  } else {
    await migrate()
    if (seeded) {
      // New code or configuration (Stripe keys, say): the seed updates what it owns, such as
      // each region's payment methods, and leaves everything else as it is.
      console.log("Configuration changed: bringing the demo data in line (npm run seed)…")
      await runSeed()
    }
    markMigrated(url, stamp)
  }
  if (!seeded) {
    console.log("Empty database: loading the Hanoi OCOP demo catalogue (npm run seed)…")
    await runSeed()
  }
}

/**
 * Child processes, each in its own process group so stopping it also stops what it spawned
 * (medusa develop leaves its server running otherwise). A child that stops unexpectedly either
 * stops everything (`npm start`: one backend, nothing to fall back on) or is started again
 * (`restart: true`, the cluster: the other server keeps serving meanwhile).
 */
export function supervisor({ onStop } = {}) {
  const children = []
  let stopping = false

  function start(name, cwd, [cmd, ...args], env, { restart = false } = {}) {
    const entry = { name, child: null }
    const launch = () => {
      const child = spawn(cmd, args, {
        cwd,
        detached: true,
        stdio: "inherit",
        env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env },
      })
      entry.child = child
      if (restart) console.log(`${name}: pid ${child.pid}`)
      child.on("exit", (code, signal) => {
        if (stopping) return
        const how = signal ?? `exit ${code}`
        if (!restart) {
          console.error(`\n✖ ${name} stopped unexpectedly (${how}); stopping the rest.`)
          void shutdown(1)
          return
        }
        console.error(`\n✖ ${name} stopped unexpectedly (${how}); starting it again in 2 s.`)
        setTimeout(() => stopping || launch(), 2000)
      })
    }
    launch()
    children.push(entry)
    return entry
  }

  async function shutdown(code = 0) {
    if (stopping) return
    stopping = true
    console.log("\nStopping…")
    const exits = children.map(({ child }) => new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", resolve)
      try { process.kill(-child.pid, "SIGTERM") } catch { /* already gone */ }
      setTimeout(() => { try { process.kill(-child.pid, "SIGKILL") } catch { /* already gone */ } ; resolve() }, 10_000).unref()
    }))
    await Promise.all(exits)
    await onStop?.()
    process.exit(code)
  }

  return { start, shutdown, get stopping() { return stopping } }
}

export async function waitForHealth(url, { timeoutMs = 180_000, stopped = () => false } = {}) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (stopped()) return
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
export async function waitForSearch(url, { timeoutMs = 300_000, stopped = () => false } = {}) {
  const until = Date.now() + timeoutMs
  let said = false
  while (Date.now() < until && !stopped()) {
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
  if (!stopped()) console.warn(`⚠ Search is not ready yet (${url}); it keeps filling in the background. \`npm run search:reindex\` rebuilds it.`)
}

export function publishableKey(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query("select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1")
    return rows[0]?.token
  })
}

/** A secret kept with the data folder unless the environment brings one (`name`), so sessions
 *  and tokens survive restarts and every process of a cluster shares it. */
export function keptSecret(name, file) {
  if (process.env[name]) return process.env[name]
  const dir = process.env.OCOP_DATA_DIR || path.join(ROOT, ".data")
  const at = path.join(dir, file)
  if (!fs.existsSync(at)) {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(at, randomBytes(32).toString("hex"), { mode: 0o600 })
  }
  return fs.readFileSync(at, "utf8").trim()
}

export function hasScript(workspace, script) {
  const file = path.join(ROOT, workspace, "package.json")
  return fs.existsSync(file) && Boolean(JSON.parse(fs.readFileSync(file, "utf8")).scripts?.[script])
}
