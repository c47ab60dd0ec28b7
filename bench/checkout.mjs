#!/usr/bin/env node
// Whole checkouts through the store API, as a storefront walks them, against a running backend
// (npm start): cart, line, address, pick-up option, payment collection and session, then the
// order. Pay-at-pickup (system provider) and VietQR (with its code image). Prints p50/p95 per
// step and per checkout, and orders per second at the chosen concurrency.
//   node bench/checkout.mjs [--url http://localhost:9000] [--orders 40] [--concurrency 4]
// It places real orders in the demo database (and reserves stock): run it on demo data only.
import { arg, loopbackOnly, publishableKey } from "./cli.mjs"
import { percentile } from "./percentiles.mjs"

const base = loopbackOnly(arg("url", process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"))
const orders = Number(arg("orders", 40))
const concurrency = Number(arg("concurrency", 4))
const key = await publishableKey(base)

async function call(path, body) {
  const res = await fetch(base + path, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": key },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

const { regions } = await call("/store/regions")
const vietnam = regions.find((r) => r.currency_code === "vnd")
const { products } = await call(`/store/products?region_id=${vietnam.id}&limit=50&fields=*variants.calculated_price,+variants.inventory_quantity`)
const variants = products.flatMap((p) => p.variants).filter((v) => v.calculated_price?.calculated_amount && v.inventory_quantity > 20)
if (!variants.length) throw new Error("No variant with stock in the demo catalogue.")

const steps = {}
const timed = async (name, fn) => {
  const start = performance.now()
  const value = await fn()
  ;(steps[name] ??= []).push(performance.now() - start)
  return value
}

let imageBytes = 0
async function checkout(i, provider) {
  const start = performance.now()
  const { cart } = await timed("cart + line + address", async () => {
    const { cart } = await call("/store/carts", { region_id: vietnam.id, email: `bench${i}@example.com` })
    await call(`/store/carts/${cart.id}/line-items`, { variant_id: variants[i % variants.length].id, quantity: 1 })
    return call(`/store/carts/${cart.id}`, {
      shipping_address: { first_name: "Bench", last_name: "Shopper", address_1: "12 Hàng Gai", city: "Hà Nội", country_code: "vn", postal_code: "100000" },
    })
  })
  await timed("shipping option", async () => {
    const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
    const pickup = shipping_options.find((o) => o.name.startsWith("Nhận tại"))
    await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id })
  })
  const session = await timed(`payment session (${provider})`, async () => {
    const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
    const reply = await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: provider })
    return reply.payment_collection.payment_sessions.find((s) => s.provider_id === provider)
  })
  if (provider === "pp_vietqr_vietqr") {
    const { vietqr } = await timed("VietQR code (payload + PNG)", () => call(`/store/ocop/vietqr/${session.id}`))
    imageBytes = vietqr.image.length
  }
  const done = await timed(`complete (${provider})`, () => call(`/store/carts/${cart.id}/complete`, {}))
  if (done.type !== "order") throw new Error(`No order: ${JSON.stringify(done).slice(0, 300)}`)
  ;(steps["whole checkout"] ??= []).push(performance.now() - start)
}

const started = performance.now()
let next = 0
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < orders) {
      const i = next++
      await checkout(i, i % 2 ? "pp_vietqr_vietqr" : "pp_system_default")
    }
  })
)
const seconds = (performance.now() - started) / 1000

const ms = (n) => `${n.toFixed(0).padStart(5)} ms`
console.log(`${orders} pick-up checkouts, ${concurrency} at a time, half pay-at-pickup and half VietQR: ${seconds.toFixed(1)} s, ${(orders / seconds).toFixed(2)} orders/s`)
for (const [name, list] of Object.entries(steps)) {
  list.sort((a, b) => a - b)
  console.log(`  ${name.padEnd(36)} p50 ${ms(percentile(list, 50))}   p95 ${ms(percentile(list, 95))}   (n=${list.length})`)
}
console.log(`  VietQR image: ${(imageBytes / 1024).toFixed(1)} KiB as a data URL`)
