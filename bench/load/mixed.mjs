#!/usr/bin/env node
// Mixed load on a running cluster (npm run start:cluster): shoppers browsing, searching, filling
// carts and checking out, 50 at once for 2 minutes, spread over both servers. Prints p50/p95 and
// errors per endpoint and writes bench/results/mixed-load.json.
//   node bench/load/mixed.mjs [--servers http://localhost:9000,http://localhost:9001]
//                             [--seconds 120] [--connections 50]
// It gives one variant plenty of stock at Bát Tràng (admin API) so checkouts never run out.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import { adminToken, arg, jsonClient, loopbackOnly, publishableKey } from "../cli.mjs"
import { percentile } from "../percentiles.mjs"

const servers = arg("servers", "http://localhost:9000,http://localhost:9001").split(",").map(loopbackOnly)
const seconds = Number(arg("seconds", 120))
const connections = Number(arg("connections", 50))
const api = jsonClient(servers[0], "The cluster")

const token = await adminToken(servers[0])
const key = await publishableKey(servers[0], token)
const store = { "x-publishable-api-key": key, "content-type": "application/json" }
const region = (await fetch(`${servers[0]}/store/regions?limit=10`, { headers: store }).then((r) => r.json())).regions.find((r) => r.name === "Việt Nam")
const { products } = (await fetch(`${servers[0]}/store/products?limit=50&region_id=${region.id}&fields=handle,variants.id`, { headers: store }).then((r) => r.json()))
const handles = products.map((p) => p.handle)
const terms = ["gốm", "bat trang", "lụa", "van phuc", "khảm trai", "sơn mài", "chè", "mây tre", "nón", "tranh"]

// One variant with stock enough for two minutes of checkouts at the Bát Tràng centre.
const centres = (await api("/admin/ocop/centres", { token })).body.centres
const location = centres.find((c) => c.handle === "bat-trang").stock_location_id
const variant = products[0].variants[0].id
const { variants } = (await api(`/admin/product-variants?id=${variant}&fields=inventory_items.inventory_item_id`, { token })).body
const item = variants[0].inventory_items[0].inventory_item_id
const levels = (await api(`/admin/inventory-items/${item}/location-levels`, { token })).body.inventory_levels
const level = levels.find((l) => l.location_id === location)
await api(`/admin/inventory-items/${item}/location-levels${level ? `/${location}` : ""}`, { token, method: "POST", body: level ? { stocked_quantity: 1_000_000 } : { location_id: location, stocked_quantity: 1_000_000 } })

const address = { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Hàng Gai", city: "Hà Nội", country_code: "vn", postal_code: "100000", phone: "+84901234567" }
const pick = (list) => list[Math.floor(Math.random() * list.length)]
const stats = new Map()
const seen = (name, ms, status) => {
  const s = stats.get(name) ?? { ms: [], errors: 0, statuses: {} }
  s.ms.push(ms)
  s.statuses[status] = (s.statuses[status] ?? 0) + 1
  if (status >= 400) s.errors++
  stats.set(name, s)
}

/** A step of a scenario: timed from its setup to its answer (one request in flight per connection). */
function step(name, { method = "GET", path: to, body, after, check }) {
  return {
    name,
    method,
    setupRequest(req, ctx) {
      ctx.t0 = performance.now()
      const p = typeof to === "function" ? to(ctx) : to
      // No `body` key at all on a GET: autocannon stalls a connection given `body: undefined`.
      const next = { ...req, method, path: p, headers: store }
      if (body) next.body = JSON.stringify(typeof body === "function" ? body(ctx) : body)
      return next
    },
    onResponse(status, resBody, ctx) {
      const parsed = status < 300 && (after || check) ? JSON.parse(resBody) : null
      // A completion that answers 200 with the cart again (not an order) did not check out.
      seen(name, performance.now() - ctx.t0, check && parsed && !check(parsed) ? 422 : status)
      if (after && parsed) after(parsed, ctx)
    },
  }
}

// Factories: each autocannon instance gets its own step objects (sharing them stalls connections).
const scenarios = {
  browse: () => [
    step("GET /store/products", { path: () => `/store/products?limit=24&region_id=${region.id}&fields=%2Bocop` }),
    step("GET /store/products?handle=", { path: () => `/store/products?handle=${pick(handles)}&region_id=${region.id}&fields=%2Bocop` }),
  ],
  search: () => [step("GET /store/ocop/search", { path: () => `/store/ocop/search?q=${encodeURIComponent(pick(terms))}&limit=24` })],
  cart: () => [
    step("POST /store/carts", { method: "POST", path: "/store/carts", body: { region_id: region.id }, after: (b, ctx) => (ctx.cart = b.cart.id) }),
    step("POST /store/carts/:id/line-items", { method: "POST", path: (ctx) => `/store/carts/${ctx.cart}/line-items`, body: { variant_id: variant, quantity: 1 } }),
    step("GET /store/carts/:id", { path: (ctx) => `/store/carts/${ctx.cart}` }),
  ],
  checkout: () => [
    step("POST /store/carts (with items)", {
      method: "POST",
      path: "/store/carts",
      body: () => ({ region_id: region.id, email: "load@example.com", items: [{ variant_id: variant, quantity: 1 }], shipping_address: address }),
      after: (b, ctx) => (ctx.cart = b.cart.id),
    }),
    step("GET /store/shipping-options", {
      path: (ctx) => `/store/shipping-options?cart_id=${ctx.cart}`,
      after: (b, ctx) => (ctx.option = b.shipping_options.find((o) => !o.name.startsWith("Nhận tại"))?.id),
    }),
    step("POST /store/carts/:id/shipping-methods", { method: "POST", path: (ctx) => `/store/carts/${ctx.cart}/shipping-methods`, body: (ctx) => ({ option_id: ctx.option }) }),
    step("POST /store/payment-collections", { method: "POST", path: "/store/payment-collections", body: (ctx) => ({ cart_id: ctx.cart }), after: (b, ctx) => (ctx.pc = b.payment_collection.id) }),
    step("POST /store/payment-collections/:id/payment-sessions", { method: "POST", path: (ctx) => `/store/payment-collections/${ctx.pc}/payment-sessions`, body: { provider_id: "pp_system_default" } }),
    step("POST /store/carts/:id/complete", { method: "POST", path: (ctx) => `/store/carts/${ctx.cart}/complete`, check: (b) => b.type === "order" }),
  ],
}
// 50 shoppers: 40 % browsing, 20 % searching, 20 % filling carts, 20 % checking out.
const share = { browse: 0.4, search: 0.2, cart: 0.2, checkout: 0.2 }
console.log(`Mixed load: ${connections} shoppers for ${seconds} s on ${servers.join(" and ")}…`)
const runs = []
// Reads go through autocannon. The cart and checkout chains (each step needs the previous answer)
// are walked by shoppers of our own, one request at a time, with the same steps: autocannon's
// request chains stalled its connections after their first pass here.
const chained = new Set(["cart", "checkout"])
const until = Date.now() + seconds * 1000
async function shopper(url, steps) {
  const ctx = {}
  while (Date.now() < until) {
    for (const s of steps) {
      if (Date.now() >= until) return
      const req = s.setupRequest({}, ctx)
      const res = await fetch(url + req.path, { method: req.method, headers: req.headers, body: req.body, signal: globalThis.AbortSignal.timeout(30_000) }).catch(() => null)
      if (!res) {
        seen(s.name, performance.now() - ctx.t0, 599)
        break
      }
      s.onResponse(res.status, await res.text(), ctx)
      if (res.status >= 400) break
    }
  }
}
for (const [name, steps] of Object.entries(scenarios)) {
  const total = Math.max(servers.length, Math.round(connections * share[name]))
  servers.forEach((url, i) => {
    const n = Math.floor(total / servers.length) + (i < total % servers.length ? 1 : 0)
    if (n <= 0) return
    if (chained.has(name)) for (let k = 0; k < n; k++) runs.push(shopper(url, steps()).then(() => ({ errors: 0, timeouts: 0 })))
    else runs.push(autocannon({ url, connections: n, duration: seconds, requests: steps(), timeout: 30 }))
  })
}
const results = await Promise.all(runs)

const rows = [...stats.entries()].map(([endpoint, s]) => {
  const sorted = s.ms.sort((a, b) => a - b)
  return { endpoint, requests: sorted.length, p50_ms: Math.round(percentile(sorted, 50)), p95_ms: Math.round(percentile(sorted, 95)), errors: s.errors, statuses: s.statuses }
})
const requests = rows.reduce((n, r) => n + r.requests, 0)
const errors = rows.reduce((n, r) => n + r.errors, 0) + results.reduce((n, r) => n + r.errors + r.timeouts, 0)
console.table(rows.map((r) => ({ endpoint: r.endpoint, requests: r.requests, p50_ms: r.p50_ms, p95_ms: r.p95_ms, errors: r.errors })))
const rate = (100 * errors) / Math.max(1, requests)
console.log(`${requests} requests in ${seconds} s (${(requests / seconds).toFixed(1)}/s), errors ${errors} (${rate.toFixed(3)} %)${rate < 0.1 ? "" : "  ✖ above 0.1 %"}`)
const orders = stats.get("POST /store/carts/:id/complete")?.statuses?.[200] ?? 0
console.log(`${orders} checkouts completed`)

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "../results/mixed-load.json")
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), servers, seconds, connections, share, requests, errors, error_rate_percent: Number(rate.toFixed(4)), orders, endpoints: rows }, null, 2) + "\n")
console.log(`Written to ${path.relative(process.cwd(), out)}`)
