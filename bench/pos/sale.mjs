#!/usr/bin/env node
// Completing a counter sale online: POST /pos/sales latency (the server's whole path: checks,
// order, reservation under the lock, payment, fulfilment) for N sales of one unit each, one till
// at a time (`--tills 1`) or several at once. Every sale is returned afterwards (not timed), so
// the centre's stock ends where it began. Needs `npm start` running.
//   node bench/pos/sale.mjs [--url http://localhost:9000] [--sales 40] [--tills 1] [--centre bat-trang]
import { randomUUID } from "node:crypto"
import { arg, jsonClient, loopbackOnly } from "../cli.mjs"
import { percentile } from "../percentiles.mjs"

const base = loopbackOnly(arg("url", "http://localhost:9000")).replace(/\/$/, "")
const count = Number(arg("sales", 40))
const tills = Number(arg("tills", 1))
const centre = arg("centre", "bat-trang")

const call = jsonClient(base, "The backend")

const { body: auth } = await call("/auth/user/emailpass", { method: "POST", body: { email: `clerk.${centre}@ocop.test`, password: "ocop-demo" } })
if (!auth?.token) throw new Error(`Could not sign in as clerk.${centre}@ocop.test`)
const token = auth.token
const { body: cat } = await call("/pos/catalogue", { token })
const variants = cat.products.flatMap((p) => p.variants).filter((v) => v.price && v.available >= 3)
if (!variants.length) throw new Error(`No variant with stock at ${centre}`)

const shifts = []
for (let i = 0; i < tills; i++) {
  const till = `BENCH${i + 1}`
  const open = await call(`/pos/shifts/current?till_id=${till}`, { token })
  const shift = open.body.shift ?? (await call("/pos/shifts", { method: "POST", token, body: { client_id: randomUUID(), till_id: till, opening_float: 0 } })).body.shift
  shifts.push({ till, shift: shift.id })
}

const run = Date.now().toString(36).toUpperCase().slice(-4)
const latencies = []
const sold = []
let errors = 0
let next = 0
async function till({ till, shift }, index) {
  while (next < count) {
    const n = next++
    const v = variants[n % variants.length]
    const body = {
      client_id: randomUUID(),
      till_id: till,
      shift_id: shift,
      receipt_number: `B${run}${index}-${String(n).padStart(6, "0")}`,
      lines: [{ variant_id: v.id, quantity: 1, unit_price: v.price }],
      payments: [{ method: "cash", amount: v.price, tendered: v.price }],
    }
    const started = performance.now()
    const res = await call("/pos/sales", { method: "POST", token, body })
    latencies.push(performance.now() - started)
    if (res.status !== 201) {
      errors++
      console.error(`sale ${n}: ${res.status} ${res.body?.code ?? ""} ${res.body?.message ?? ""}`)
    } else sold.push({ sale: res.body.sale, shift })
  }
}
const started = Date.now()
await Promise.all(shifts.map((s, i) => till(s, i)))
const seconds = (Date.now() - started) / 1000

for (const { sale, shift } of sold) {
  await call(`/pos/sales/${sale.id}/returns`, {
    method: "POST",
    token,
    body: { client_id: randomUUID(), shift_id: shift, lines: sale.lines.flatMap((l) => l.line_item_ids.map((id) => ({ line_item_id: id, quantity: 1 }))), refund: "original" },
  })
}

latencies.sort((a, b) => a - b)
const ms = (p) => `${percentile(latencies, p).toFixed(0)} ms`
console.log(`POST /pos/sales at ${centre}: ${count} sales of one unit, ${tills} till(s) at once, ${base}`)
console.log(`  latency  p50 ${ms(50)}   p95 ${ms(95)}   p99 ${ms(99)}   max ${ms(100)}`)
console.log(`  throughput ${(count / seconds).toFixed(1)} sales/s   errors ${errors}   (target: p95 ≤ 1000 ms)`)
console.log(`  every sale returned afterwards: stock at ${centre} is as it was`)
