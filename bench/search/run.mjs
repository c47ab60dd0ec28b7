#!/usr/bin/env node
// Search benchmark on a 10,000-product catalogue (issue 3):
//   1. a database of its own (embedded PostgreSQL on :5441, data in .data/bench-search, kept
//      between runs because generating takes minutes), holding the demo seed plus generated
//      products (generate-products.ts);
//   2. a full reindex, timed (the index's own rebuild, without process start-up);
//   3. `medusa start` on :9300, then typical catalogue queries with facets at 10 concurrent:
//      p50/p95 of the client's latency and of the server's own time (Server-Timing header),
//      once with the answer cache off (every query computed: the cold figures) and once with
//      it on as shipped (OCOP_SEARCH_CACHE_SECONDS, default 3 s).
// Prints a table and writes bench/results/search-<date>.json. Loopback only.
//   node bench/search/run.mjs [--products 10000] [--seconds 30] [--connections 10] [--fresh]
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ensureDatabase, ROOT } from "../../scripts/lib/database.mjs"
import { BACKEND, isSeeded, medusa, migrate, resetDatabase, runSeed } from "../../scripts/lib/backend.mjs"
import { isMigrated, markMigrated, schemaStamp } from "../../scripts/lib/migration-stamp.mjs"
import { arg, publishableKey } from "../cli.mjs"
import { percentile } from "../percentiles.mjs"
import { QUERIES } from "./queries.mjs"

const products = Number(arg("products", 10_000))
const seconds = Number(arg("seconds", 30))
const connections = Number(arg("connections", 10))
const port = Number(process.env.OCOP_BENCH_PORT || 9300)
const dataDir = path.join(ROOT, ".data", "bench-search")
const base = `http://localhost:${port}`

let server
let db
async function main() {
  delete process.env.DATABASE_URL
  delete process.env.REDIS_URL
  fs.mkdirSync(dataDir, { recursive: true })
  fs.chmodSync(dataDir, 0o755)
  db = await ensureDatabase({ dataDir: path.join(dataDir, "postgres"), port: Number(process.env.OCOP_BENCH_PG_PORT || 5441), database: "ocop_bench" })
  process.env.DATABASE_URL = db.url
  process.env.PORT = String(port)
  process.env.OCOP_DATA_DIR = dataDir
  if (process.argv.includes("--fresh")) await resetDatabase(db.url)

  const stamp = schemaStamp()
  if (!(await isSeeded(db.url)) || !isMigrated(db.url, stamp)) {
    await migrate()
    markMigrated(db.url, stamp)
  }
  if (!(await isSeeded(db.url))) await runSeed()
  console.log(`Generating products up to ${products}…`)
  const t0 = Date.now()
  await medusa(["exec", "../bench/search/generate-products.ts", String(products)])
  console.log(`Catalogue ready (${((Date.now() - t0) / 1000).toFixed(0)} s).`)

  console.log("Full reindex…")
  const out = await medusa(["exec", "./src/scripts/search-reindex.ts"], { quiet: true })
  const m = /rebuilt: (\d+) products read in ([\d.]+) s/.exec(out)
  if (!m) throw new Error(`The reindex did not report its time:\n${out.slice(-2000)}`)
  const reindex = { products: Number(m[1]), seconds: Number(m[2]) }
  console.log(`  ${reindex.products} products in ${reindex.seconds.toFixed(1)} s (${(reindex.products / reindex.seconds).toFixed(0)}/s)`)

  const runs = {}
  let indexed
  for (const [phase, cacheSeconds] of [["cold (answer cache off)", "0"], ["as shipped (answer cache 3 s)", "3"]]) {
    await startServer({ OCOP_SEARCH_CACHE_SECONDS: cacheSeconds })
    const key = await publishableKey(base)
    indexed = (await (await fetch(`${base}/health/search`)).json()).documents
    // Warm up the JIT, the pools and the typo vocabulary before measuring.
    await load(key, 5)
    const report = summarise(await load(key, seconds))
    print(phase, report, { indexed })
    runs[phase] = report
    await stopServer()
  }
  console.log(`\nFull reindex: ${reindex.products} products in ${reindex.seconds.toFixed(1)} s (${(reindex.products / reindex.seconds).toFixed(0)}/s).`)
  const file = path.join(ROOT, "bench/results", `search-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.json`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify({ products: indexed, connections, seconds, reindex, runs }, null, 2))
  console.log(`Written to ${path.relative(ROOT, file)}`)
}

async function startServer(env) {
  server = spawn(path.join(ROOT, "node_modules/.bin/medusa"), ["start"], {
    cwd: BACKEND,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, ...env, ADMIN_DISABLED: "true", MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "production", JWT_SECRET: "bench", COOKIE_SECRET: "bench" },
  })
  await waitFor(`${base}/health/search`)
}

async function stopServer() {
  const pid = server?.pid
  server = undefined
  if (!pid) return
  try { process.kill(-pid, "SIGKILL") } catch { /* gone */ }
  // The port must be free before the next start.
  for (let i = 0; i < 50; i++) {
    try { await fetch(`${base}/health`) } catch { return }
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** `connections` workers, each sending the query mix in turn until time is up. */
async function load(key, durationS) {
  const samples = []
  const until = Date.now() + durationS * 1000
  let next = 0
  const worker = async () => {
    while (Date.now() < until) {
      const q = QUERIES[next++ % QUERIES.length]
      const t = performance.now()
      const res = await fetch(`${base}/store/ocop/search?${q.params}`, { headers: { "x-publishable-api-key": key } })
      const body = await res.json()
      const client = performance.now() - t
      const serverMs = Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN)
      samples.push({ name: q.name, ok: res.ok && Array.isArray(body.hits), client, server: serverMs, count: body.count })
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  return samples
}

function summarise(samples) {
  const stats = (list) => {
    const c = list.map((s) => s.client).sort((a, b) => a - b)
    const s = list.map((x) => x.server).filter(Number.isFinite).sort((a, b) => a - b)
    return {
      requests: list.length,
      errors: list.filter((x) => !x.ok).length,
      client_p50: percentile(c, 50), client_p95: percentile(c, 95),
      server_p50: percentile(s, 50), server_p95: percentile(s, 95),
      hits: list[0]?.count,
    }
  }
  const byQuery = Object.fromEntries(QUERIES.map((q) => [q.name, stats(samples.filter((s) => s.name === q.name))]))
  return { overall: { ...stats(samples), rps: samples.length / seconds }, queries: byQuery }
}

function print(phase, report, { indexed }) {
  const f = (n) => (Number.isFinite(n) ? n.toFixed(1).padStart(7) : "      –")
  console.log(`\nSearch over ${indexed} indexed products, ${connections} concurrent, ${seconds} s: ${phase}`)
  console.log(`${"query".padEnd(34)} ${"hits".padStart(6)} ${"reqs".padStart(6)}  server p50/p95 ms   client p50/p95 ms`)
  for (const [name, s] of Object.entries(report.queries)) {
    console.log(`${name.padEnd(34)} ${String(s.hits ?? "").padStart(6)} ${String(s.requests).padStart(6)}  ${f(s.server_p50)} ${f(s.server_p95)}    ${f(s.client_p50)} ${f(s.client_p95)}`)
  }
  const o = report.overall
  console.log(`${"all".padEnd(34)} ${"".padStart(6)} ${String(o.requests).padStart(6)}  ${f(o.server_p50)} ${f(o.server_p95)}    ${f(o.client_p50)} ${f(o.client_p95)}`)
  console.log(`Throughput ${o.rps.toFixed(1)} req/s, errors ${o.errors}.`)
}

async function waitFor(url, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

async function stop() {
  await stopServer()
  await db?.stop().catch(() => {})
}

main()
  .catch((e) => {
    console.error(`\n✖ ${e.message ?? e}`)
    process.exitCode = 1
  })
  .finally(stop)
