#!/usr/bin/env node
// Syncing a till's offline queue: N sales (one unit each, cash, sold over the past hours, ULID
// client ids, receipt numbers going on from the till's last) sent in order, `--batch` at a time
// to POST /pos/sales/batch (`--batch 1`: one by one to POST /pos/sales), each request waiting for
// the one before, as the till drains its queue. Prints the time, sales/s and request latency,
// then checks that each sale is one order and that stock moved once per sale. The stock it needs
// is added first and comes off again as the sales are handed over, so the bench can run again.
// Needs `npm start` running.
//   node bench/pos/sync.mjs [--url http://localhost:9000] [--sales 500] [--batch 20] [--centre bat-trang] [--online]
import { randomBytes, randomUUID } from "node:crypto"
import { adminToken, arg, jsonClient, loopbackOnly } from "../cli.mjs"
import { percentile } from "../percentiles.mjs"

const base = loopbackOnly(arg("url", "http://localhost:9000")).replace(/\/$/, "")
const count = Number(arg("sales", 500))
const batch = Math.min(50, Math.max(1, Number(arg("batch", 20))))
const centre = arg("centre", "bat-trang")
const till = "BSYNC"
// Queued sales were made offline; `--online` sends them as online sales (refused when short).
const offline = !process.argv.includes("--online")

const call = jsonClient(base, "The backend")
const must = async (what, promise) => {
  const res = await promise
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

// --- The till: a clerk signed in, a shift open, the counter's catalogue.
const { token } = await must("clerk sign-in", call("/auth/user/emailpass", { method: "POST", body: { email: `clerk.${centre}@ocop.test`, password: "ocop-demo" } }))
const current = await must("current shift", call(`/pos/shifts/current?till_id=${till}`, { token }))
const shift = current.shift ?? (await must("open shift", call("/pos/shifts", { method: "POST", token, body: { client_id: randomUUID(), till_id: till, opening_float: 0 } }))).shift
const lastNumber = Number(String(current.last_receipt_number ?? "").match(/-(\d+)$/)?.[1] ?? 0)
const { products } = await must("catalogue", call("/pos/catalogue", { token }))
const candidates = products.flatMap((p) => p.variants).filter((v) => v.price && v.available >= 1)

// --- Enough stock for every sale: each variant's level goes up by what the queue sells of it.
const admin = await adminToken(base)
const { centres } = await must("centres", call("/admin/ocop/centres", { token: admin }))
const location = centres.find((c) => c.handle === centre)?.stock_location_id
const { inventory_items: items } = await must("inventory items", call("/admin/inventory-items?limit=2000&fields=id,variants.id", { token: admin }))
const itemsOf = (variantId) => items.filter((i) => (i.variants ?? []).some((v) => v.id === variantId))
const variants = candidates.filter((v) => itemsOf(v.id).length === 1).slice(0, 10).map((v) => ({ ...v, item: itemsOf(v.id)[0].id }))
if (!variants.length || !location) throw new Error(`No stocked variant at ${centre}`)
const levelOf = async (item) => {
  const { inventory_levels } = await must("level", call(`/admin/inventory-items/${item}/location-levels`, { token: admin }))
  const l = inventory_levels.find((x) => x.location_id === location)
  return { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }
}
const setStocked = (item, stocked) =>
  must("stock level", call(`/admin/inventory-items/${item}/location-levels/${location}`, { method: "POST", token: admin, body: { stocked_quantity: stocked } }))

const now = Date.now()
const span = 8 * 3600_000
const queue = Array.from({ length: count }, (_, n) => {
  const v = variants[n % variants.length]
  const soldAt = now - span + Math.round(((n + 1) * span) / (count + 1))
  return {
    client_id: ulid(soldAt),
    till_id: till,
    shift_id: shift.id,
    receipt_number: `${till}-${String(lastNumber + n + 1).padStart(6, "0")}`,
    sold_at: new Date(soldAt).toISOString(),
    lines: [{ variant_id: v.id, quantity: 1, unit_price: v.price }],
    payments: [{ method: "cash", amount: v.price, tendered: v.price }],
    ...(offline ? { offline: true } : {}),
  }
})
const need = new Map(variants.map((v) => [v.id, queue.filter((s) => s.lines[0].variant_id === v.id).length]))
const before = new Map()
for (const v of variants) {
  const level = await levelOf(v.item)
  before.set(v.id, level)
  await setStocked(v.item, level.stocked + need.get(v.id))
}

// --- The drain, in order, one request at a time.
const latencies = []
const answers = []
let errors = 0
const started = performance.now()
for (let i = 0; i < queue.length; i += batch) {
  const chunk = queue.slice(i, i + batch)
  const t0 = performance.now()
  if (batch === 1) {
    const res = await call("/pos/sales", { method: "POST", token, body: chunk[0] })
    answers.push({ client_id: chunk[0].client_id, status: res.status, sale: res.body?.sale, code: res.body?.code, message: res.body?.message })
  } else {
    const res = await call("/pos/sales/batch", { method: "POST", token, body: { sales: chunk } })
    if (res.status !== 200) throw new Error(`batch ${i / batch}: ${res.status} ${JSON.stringify(res.body)}`)
    answers.push(...res.body.results)
  }
  latencies.push(performance.now() - t0)
}
const seconds = (performance.now() - started) / 1000
for (const a of answers) {
  if (a.status === 201 || a.status === 200) continue
  errors++
  if (errors <= 5) console.error(`sale ${a.client_id}: ${a.status} ${a.code ?? ""} ${a.message ?? ""}`)
}

// --- One order per sale, in order.
const recorded = answers.filter((a) => a.sale)
const inOrder = answers.every((a, n) => a.client_id === queue[n].client_id)
const orderIds = [...new Set(recorded.map((a) => a.sale.order_id))]
let ordersFound = 0
for (let i = 0; i < orderIds.length; i += 50) {
  const ids = orderIds.slice(i, i + 50)
  const { orders } = await must("orders", call(`/admin/orders?${ids.map((id) => `id[]=${id}`).join("&")}&fields=id,metadata&limit=50`, { token: admin }))
  const saleOf = new Map(recorded.map((a) => [a.sale.order_id, a.sale.id]))
  ordersFound += orders.filter((o) => o.metadata?.pos_sale_id === saleOf.get(o.id)).length
}
// The same queue sent again (a till that lost the answer) changes nothing: 200, the same orders.
const replay = await call(batch === 1 ? "/pos/sales" : "/pos/sales/batch", { method: "POST", token, body: batch === 1 ? queue[0] : { sales: queue.slice(0, batch) } })
const replayed = batch === 1 ? [{ status: replay.status, sale: replay.body?.sale }] : replay.body.results
const replayOk = replayed.every((r, n) => r.status === 200 && r.sale?.order_id === answers[n].sale?.order_id)

// --- Stock: reserved at once (available down by one per sale), then handed over (stocked down).
let reservedOk = true
for (const v of variants) {
  const sold = recorded.filter((a) => a.sale.lines[0].variant_id === v.id).length
  const b = before.get(v.id)
  const l = await levelOf(v.item)
  // Sales settled already have turned their reservation into stock out; either way available fell by `sold`.
  if (l.stocked - l.reserved !== b.stocked + need.get(v.id) - b.reserved - sold) reservedOk = false
}
const settleStarted = performance.now()
let handedOver = false
while (!handedOver && performance.now() - settleStarted < 15 * 60_000) {
  handedOver = true
  for (const v of variants) {
    const sold = recorded.filter((a) => a.sale.lines[0].variant_id === v.id).length
    const b = before.get(v.id)
    const l = await levelOf(v.item)
    if (l.reserved !== b.reserved || l.stocked !== b.stocked + need.get(v.id) - sold) handedOver = false
  }
  if (!handedOver) await new Promise((r) => setTimeout(r, 1000))
}
const settleSeconds = (performance.now() - settleStarted) / 1000
// Put back what refused sales did not take, so the levels end as they began.
if (handedOver) for (const v of variants) if ((await levelOf(v.item)).stocked !== before.get(v.id).stocked) await setStocked(v.item, before.get(v.id).stocked)

latencies.sort((a, b) => a - b)
const ms = (p) => `${percentile(latencies, p).toFixed(0)} ms`
console.log(`Sync of ${count} queued ${offline ? "offline" : "online"} sales at ${centre}, ${batch === 1 ? "one by one to POST /pos/sales" : `${batch} per POST /pos/sales/batch`}, ${base}`)
console.log(`  total ${seconds.toFixed(1)} s   ${(count / seconds).toFixed(1)} sales/s   (target: ${count} sales in ≤ 60 s)`)
console.log(`  ${batch === 1 ? "request" : "batch"} latency  p50 ${ms(50)}   p95 ${ms(95)}   max ${ms(100)}   (${latencies.length} requests)`)
console.log(`  errors ${errors}   answered in order ${inOrder ? "yes" : "NO"}   orders ${ordersFound} of ${recorded.length} sales (${new Set(recorded.map((a) => a.sale.id)).size} distinct)`)
console.log(`  sent again: ${replayOk ? "the same sales (200), no new order" : "DIFFERENT ANSWER"}`)
console.log(`  stock reserved once per sale at once: ${reservedOk ? "yes" : "NO"}   handed over: ${handedOver ? `yes, ${settleSeconds.toFixed(1)} s after the sync` : "NOT within 15 min"}`)
console.log(`  stock levels ${handedOver ? "are back where they began" : "were left raised (settlement unfinished)"}`)
if (errors || !inOrder || ordersFound !== count || !replayOk || !reservedOk || !handedOver) process.exitCode = 1

/** A ULID for a moment: 48 bits of milliseconds and 80 random bits, in Crockford's base 32. */
function ulid(ms) {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
  let time = ""
  for (let t = ms, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = alphabet[t % 32] + time
  const bytes = randomBytes(16)
  let random = ""
  for (let i = 0; i < 16; i++) random += alphabet[bytes[i] % 32]
  return time + random
}
