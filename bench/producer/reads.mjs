#!/usr/bin/env node
// The producer area's reads as a producer's phone makes them: GET /producer/sales (30 days),
// the month's statement as JSON and as PDF, /producer/stock and /producer/products, each N times
// one after another, then all of them at `--concurrency` at once. Prints p50/p95 per route.
// Needs `npm start` running (a seeded catalogue; sell something first to give the sales weight).
//   node bench/producer/reads.mjs [--url http://localhost:9000] [--n 30] [--concurrency 10] [--producer htx-gom-su-bat-trang]
import { arg, jsonClient, loopbackOnly } from "../cli.mjs"
import { percentile } from "../percentiles.mjs"

const base = loopbackOnly(arg("url", "http://localhost:9000")).replace(/\/$/, "")
const n = Number(arg("n", 30))
const concurrency = Number(arg("concurrency", 10))
const handle = arg("producer", "htx-gom-su-bat-trang")
const call = jsonClient(base, "The backend")

const { body: auth } = await call("/auth/producer/emailpass", { method: "POST", body: { email: `producer.${handle}@ocop.test`, password: "ocop-demo" } })
if (!auth?.token) throw new Error(`Could not sign in as producer.${handle}@ocop.test`)
const month = new Date().toISOString().slice(0, 7)
const routes = ["/producer/sales", `/producer/statements/${month}`, `/producer/statements/${month}?format=pdf`, "/producer/stock", "/producer/products"]

async function timed(path) {
  const started = performance.now()
  const res = await fetch(base + path, { headers: { authorization: `Bearer ${auth.token}` } })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`)
  return performance.now() - started
}

const fmt = (xs) => {
  xs.sort((a, b) => a - b)
  return `p50 ${percentile(xs, 50).toFixed(0)} ms   p95 ${percentile(xs, 95).toFixed(0)} ms`
}
console.log(`Producer area reads as ${handle}, ${base}`)
for (const path of routes) {
  await timed(path) // the first read warms the process's caches
  const xs = []
  for (let i = 0; i < n; i++) xs.push(await timed(path))
  console.log(`  ${path.padEnd(36)} one at a time: ${fmt(xs)}`)
}
const all = []
let next = 0
const started = Date.now()
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < n * routes.length) all.push(await timed(routes[next++ % routes.length]))
  })
)
console.log(`  all five mixed, ${concurrency} at once: ${fmt(all)}   ${((n * routes.length) / ((Date.now() - started) / 1000)).toFixed(1)} req/s`)
