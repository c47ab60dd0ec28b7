#!/usr/bin/env node
// Server-rendered storefront pages under load: the home (/vi), search (/vi/search?q=bat+trang)
// and product (/vi/products/<handle>) pages, each at 10 concurrent connections for 15 s, against
// a running storefront (npm start). Two figures per page, labelled:
//   full response  autocannon, time until the whole HTML has arrived: p50/p95/p99, req/s, errors;
//   first byte     a smaller sample (200 requests, same concurrency) with node:http, time until
//                  the first byte of the body (TTFB): p50/p95/p99.
// The product handle is the first /vi/products/… link on /vi/search?q=gom, unless given.
//   node bench/storefront/ttfb.mjs [--url http://localhost:3000] [--seconds 15] [--connections 10]
//                                  [--samples 200] [--product <handle>]
// Loopback only: the target must be this machine.
import http from "node:http"
import https from "node:https"
import autocannon from "autocannon"
import { arg, loopbackOnly } from "../cli.mjs"
import { percentile } from "../percentiles.mjs"

const base = loopbackOnly(arg("url", "http://localhost:3000")).replace(/\/$/, "")
const seconds = Number(arg("seconds", 15))
const connections = Number(arg("connections", 10))
const samples = Number(arg("samples", 200))
// What a phone's browser sends: a non-bot user agent (bots get the fully rendered page, not the
// streamed shell) and gzip, which react-router-serve compresses with.
const headers = {
  "user-agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 ocop-bench",
  accept: "text/html,application/xhtml+xml",
  "accept-encoding": "gzip",
  "accept-language": "vi",
}

async function page(path) {
  const res = await fetch(base + path, { headers, redirect: "manual" }).catch((error) => {
    console.error(`The storefront at ${base} does not answer (${error.cause?.code ?? error.message}). Start it with npm start.`)
    process.exit(1)
  })
  const html = await res.text()
  if (res.status !== 200) {
    console.error(`GET ${path} answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}: ${html.slice(0, 200)}`)
    process.exit(1)
  }
  return html
}

async function productHandle() {
  const given = arg("product")
  if (given) return given
  const match = (await page("/vi/search?q=gom")).match(/href="\/vi\/products\/([^"?#/]+)/)
  if (!match) {
    console.error("No /vi/products/… link on /vi/search?q=gom: pass one with --product <handle>.")
    process.exit(1)
  }
  return decodeURIComponent(match[1])
}

const handle = await productHandle()
const pages = [
  ["home", "/vi"],
  ["search", "/vi/search?q=bat+trang"],
  ["product", `/vi/products/${encodeURIComponent(handle)}`],
]
for (const [, path] of pages) await page(path) // each answers 200 (and is warm) before timing

/** Full-response latency under sustained load (autocannon). */
async function fullResponse(path) {
  const latencies = []
  const instance = autocannon({ url: base + path, connections, duration: seconds, headers })
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  latencies.sort((a, b) => a - b)
  return { latencies, errors: result.errors, non2xx: result.non2xx, timeouts: result.timeouts }
}

/** Time to the first body byte of `samples` requests, `connections` at a time (node:http). */
async function firstByte(path) {
  const url = new URL(base + path)
  const client = url.protocol === "https:" ? https : http
  const agent = new client.Agent({ keepAlive: true, maxSockets: connections })
  const ttfb = []
  let errors = 0
  let non2xx = 0
  let next = 0
  const one = () =>
    new Promise((resolve) => {
      const start = performance.now()
      const req = client.get(url, { agent, headers }, (res) => {
        if (res.statusCode < 200 || res.statusCode >= 300) non2xx++
        res.once("data", () => ttfb.push(performance.now() - start))
        res.on("end", resolve)
        res.on("error", () => (errors++, resolve()))
        res.resume()
      })
      req.setTimeout(30_000, () => req.destroy(new Error("timeout")))
      req.on("error", () => (errors++, resolve()))
    })
  const worker = async () => {
    while (next++ < samples) await one()
  }
  await Promise.all(Array.from({ length: connections }, worker))
  agent.destroy()
  ttfb.sort((a, b) => a - b)
  return { ttfb, errors, non2xx }
}

const ms = (n) => `${n.toFixed(1)} ms`
const spread = (sorted) => `p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   p99 ${ms(percentile(sorted, 99))}`
console.log(`Storefront ${base}, server-rendered HTML, ${connections} concurrent connections`)
for (const [name, path] of pages) {
  const full = await fullResponse(path)
  const first = await firstByte(path)
  console.log(`\n${name}: GET ${path}`)
  console.log(`  full response (autocannon, ${seconds} s): ${full.latencies.length} requests (${(full.latencies.length / seconds).toFixed(1)} req/s)   ${spread(full.latencies)}   errors ${full.errors}, non-2xx ${full.non2xx}, timeouts ${full.timeouts}`)
  console.log(`  first byte (node:http, ${samples} requests):  ${spread(first.ttfb)}   errors ${first.errors}, non-2xx ${first.non2xx}`)
}
