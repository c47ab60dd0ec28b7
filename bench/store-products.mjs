#!/usr/bin/env node
// GET /store/products?limit=24 with the ocop fields, at 10 concurrent connections, against a
// running backend (npm start). Prints p50/p95/p99 latency, throughput and errors.
//   node bench/store-products.mjs [--url http://localhost:9000] [--seconds 20] [--connections 10]
// Loopback only: the target must be this machine.
import autocannon from "autocannon"
import { arg, loopbackOnly, publishableKey } from "./cli.mjs"
import { percentile } from "./percentiles.mjs"

const base = loopbackOnly(arg("url", process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"))
const seconds = Number(arg("seconds", 20))
const connections = Number(arg("connections", 10))

const key = await publishableKey(base)
const path = "/store/products?limit=24&fields=%2Bocop"
const probe = await fetch(base + path, { headers: { "x-publishable-api-key": key } })
const body = await probe.json()
if (!probe.ok || !body.products?.[0]?.ocop) {
  console.error(`The endpoint did not answer with ocop fields (${probe.status}): ${JSON.stringify(body).slice(0, 300)}`)
  process.exit(1)
}

async function measure(path) {
  const latencies = []
  const instance = autocannon({
    url: base + path,
    connections,
    duration: seconds,
    headers: { "x-publishable-api-key": key },
  })
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const ms = (n) => `${n.toFixed(0)} ms`
  console.log(`GET ${path}  (${connections} concurrent, ${seconds} s)`)
  console.log(`  ${latencies.length} requests (${(latencies.length / seconds).toFixed(1)} req/s)   p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}   p99 ${ms(percentile(latencies, 99))}   errors ${result.errors}, non-2xx ${result.non2xx}, timeouts ${result.timeouts}`)
}

// Medusa's own list first, as the baseline the OCOP fields add to.
await measure("/store/products?limit=24")
await measure(path)
