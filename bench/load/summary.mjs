#!/usr/bin/env node
// Prints the README's scale-out table from bench/results (scale-out-full.json, mixed-load.json).
//   node bench/load/summary.mjs
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { percentile } from "../percentiles.mjs"

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../results")
const read = (f) => (fs.existsSync(path.join(dir, f)) ? JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) : null)
const full = read("scale-out-full.json")
// A rerun of the races alone (OCOP_LOAD_REPORT=scale-out-full-race) replaces the first run's races of the same kinds.
const rerun = read("scale-out-full-race.json")
if (full && rerun?.race?.length) {
  const kinds = new Set(rerun.race.map((r) => r.kind))
  full.race = [...rerun.race, ...(full.race ?? []).filter((r) => !kinds.has(r.kind))]
}
const mixed = read("mixed-load.json")
const rows = []
const counts = (o) => Object.entries(o ?? {}).map(([k, v]) => `${v}× ${k}`).join(", ")

if (full) {
  for (const kind of ["single", "bundle", "multi-centre"]) {
    const rounds = (full.race ?? []).filter((r) => r.kind === kind)
    if (!rounds.length) continue
    const orders = rounds.map((r) => r.orders)
    const oversold = rounds.filter((r) => r.stock.some((l) => l.reserved > l.stocked || l.reserved !== l.reservations)).length
    const ms = rounds.map((r) => r.race_ms).sort((a, b) => a - b)
    const units = rounds[0].units
    rows.push([
      `Last-unit race, ${kind} (${rounds[0].contenders} buyers, ${units} unit${units > 1 ? "s" : ""})`,
      `${rounds.length} rounds: orders per round ${[...new Set(orders)].join(" or ")}; levels with reserved > stocked or reserved ≠ reservations afterwards: ${oversold}; race p50 ${(percentile(ms, 50) / 1000).toFixed(1)} s`,
    ])
  }
  if (full.idempotent_cart) rows.push(["Same cart completed 20× at once (both servers)", `${counts(full.idempotent_cart)}; 1 order`])
  if (full.idempotent_sale) rows.push(["Same counter sale sent 20× at once (both servers)", `${counts(full.idempotent_sale)}; 1 sale, 1 order`])
  if (full.kill_server) {
    const k = full.kill_server
    rows.push([`kill -9 of server-2 during ${k.buyers} checkouts and sales`, `${counts(k.failed_attempts)} failed attempts, ${k.retries} retries; every buyer 1 order, 0 lost, 0 duplicated${full.kill_server_unconfirmed_orders ? `; ${full.kill_server_unconfirmed_orders.length} unconfirmed order(s) cancelled by the sweep` : ""}`])
  }
  if (full.redis_outage) rows.push([`Redis stopped ${full.redis_outage.seconds} s`, `${counts(full.redis_outage.answers)}; latency p50 ${full.redis_outage.latency_ms.p50} ms, p95 ${full.redis_outage.latency_ms.p95} ms; same processes after`])
  if (full.postgres_restart) rows.push(["PostgreSQL stopped 8 s and restarted", `${counts(full.postgres_restart.answers)}; latency p50 ${full.postgres_restart.latency_ms.p50} ms, p95 ${full.postgres_restart.latency_ms.p95} ms; same processes after`])
}
if (mixed) {
  rows.push([`Mixed load, ${mixed.connections} concurrent for ${mixed.seconds} s`, `${mixed.requests} requests, ${mixed.errors} errors (${mixed.error_rate_percent} %), ${mixed.orders} checkouts`])
  for (const e of mixed.endpoints) rows.push([`  ${e.endpoint}`, `p50 ${e.p50_ms} ms, p95 ${e.p95_ms} ms (${e.requests} requests, ${e.errors} errors)`])
}
console.log("| test | result |\n| --- | --- |")
for (const [a, b] of rows) console.log(`| ${a} | ${b} |`)
