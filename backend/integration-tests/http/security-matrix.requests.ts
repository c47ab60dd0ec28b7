import { randomUUID } from "node:crypto"
import { api } from "./api"
import { saleBody, settled, stockAt } from "./pos"
import { CENTRE_X, CENTRE_Y, draftListing, type Fixtures } from "./security-matrix.fixtures"

/**
 * What each matrix row sends beyond its method and path, and what it must leave alone. `body`
 * is built afresh for every call (new client ids, SKUs). `state` reads the records the row aims
 * at: for every refused cell (no, hid, ref, sig) it must read the same before and after.
 */
export type Request = {
  body?: (f: Fixtures) => unknown
  headers?: Record<string, string>
  state?: (f: Fixtures) => Promise<unknown>
  /** After an allowed call: waits for what it set going in the background, before the next snapshot. */
  settle?: (answer: any) => Promise<void>
}

const read = async (path: string, token?: string, key?: string) => {
  const { status, body } = await api(path, { token, key })
  return { status, body }
}
const asAdmin = (f: Fixtures, path: string) => read(path, f.tokens.admin).then((r) => r.body)
const asY = (f: Fixtures, path: string) => read(path, f.tokens.clerkY).then((r) => r.body)
const line = (v: { id: string; price: number }) => ({ variant_id: v.id, quantity: 1, unit_price: v.price })

const delivery = (id: string) => async (f: Fixtures) =>
  (await asAdmin(f, "/admin/ocop/deliveries?status=all")).deliveries.find((d: any) => d.id === id)
const deliveryAt = (name: string) => (f: Fixtures) => delivery(f.ids[name]!)(f)
const listing = (name: string) => (f: Fixtures) => read(`/producer/listings/${f.ids[name]}`, f.tokens.prodB)
const conflict = (name: string) => async (f: Fixtures) =>
  (await asAdmin(f, "/admin/ocop/pos-conflicts?status=all")).conflicts.find((c: any) => c.sale_id === f.ids[name])
/** Free stock at a centre: a sale settling meanwhile moves units from reserved to gone, not this. */
const available = async (centre: string, variantId: string) => {
  const { stocked, reserved } = await stockAt(centre, variantId)
  return stocked - reserved
}
/** Both centres' sales and free stock of the variants a refused sale named. */
const counters = (variants: (f: Fixtures) => string[]) => async (f: Fixtures) => ({
  salesX: (await read("/pos/sales?limit=1", f.tokens.clerkX)).body.count,
  salesY: (await asY(f, "/pos/sales?limit=1")).count,
  available: await Promise.all(variants(f).flatMap((v) => [available(CENTRE_X, v), available(CENTRE_Y, v)])),
})
const orderPayment = async (f: Fixtures) =>
  (await asAdmin(f, `/admin/orders/${f.ids.orderB}?fields=payment_status,*payment_collections.payments.captures`)).order

const stripeEvent = { id: "evt_security_matrix", type: "payment_intent.succeeded", data: { object: { id: "pi_security_matrix" } } }
const bankNotice = (f: Fixtures) => ({ id: `bank-${randomUUID()}`, amount: 1_000_000, description: `Chuyen khoan ${f.ids.referenceB}` })

export const REQUESTS: Record<string, Request> = {
  "POST /producer-invites/accept": { body: () => ({ token: "not-an-invitation", password: "long-enough-1" }) },
  "POST /store/ocop/carts/{cartB}/centres": {
    body: () => ({ centre: CENTRE_Y }),
    state: async (f) => (await read(`/store/carts/${f.ids.cartB}`, undefined, f.key)).body.cart,
  },
  "POST /hooks/ocop/stripe": { body: () => stripeEvent, state: orderPayment },
  "POST /hooks/ocop/vietqr": { body: bankNotice, state: orderPayment },
  "POST /hooks/ocop/vietqr#forged": { body: bankNotice, headers: { "x-ocop-signature": `sha256=${"0".repeat(64)}` }, state: orderPayment },

  "GET /pos/me#centre-y-header": { headers: { "x-ocop-centre": CENTRE_Y } },
  "POST /pos/customers": { body: () => ({ first_name: "Hạnh", last_name: "Thử", email: `counter-${randomUUID()}@example.com` }) },
  "POST /pos/deliveries/{deliveryY}/receive": { body: () => ({}), state: deliveryAt("deliveryY") },
  "POST /pos/sales#on-shift-y": {
    body: (f) => saleBody(f.pos.tillY, [line(f.pos.yOnly)]),
    state: counters((f) => [f.pos.yOnly.id]),
    settle: (answer) => settled(answer.sale.order_id),
  },
  "POST /pos/sales#y-stock": {
    body: (f) => saleBody(f.pos.tillX, [line(f.pos.yOnly)]),
    state: counters((f) => [f.pos.yOnly.id]),
  },
  "POST /pos/sales#names-centre-y": {
    body: (f) => ({ ...saleBody(f.pos.tillX, [line(f.pos.xVariant)]), centre: CENTRE_Y }),
    state: counters((f) => [f.pos.xVariant.id]),
  },
  "POST /pos/sales/batch#names-centre-y": {
    body: (f) => ({ sales: [{ ...saleBody(f.pos.tillX, [line(f.pos.xVariant)]), centre_id: f.ids.centreY }] }),
    state: counters((f) => [f.pos.xVariant.id]),
  },
  "POST /pos/sales/{saleY}/returns": {
    body: (f) => ({ client_id: randomUUID(), lines: [{ line_item_id: f.ids.saleYLine, quantity: 1 }], refund: "original" }),
    state: async (f) => {
      const { sale } = await asY(f, `/pos/sales/${f.ids.saleY}`)
      return { sale, available: await available(CENTRE_Y, sale.lines[0].variant_id) }
    },
  },
  "POST /pos/shifts": { body: () => ({ client_id: randomUUID(), till_id: `SM${randomUUID().slice(0, 6)}`, opening_float: 0 }) },
  "POST /pos/shifts/{shiftY2}/close": {
    body: () => ({ counted: { "100000": 1 } }),
    state: async (f) => (await asY(f, `/pos/shifts/current?till_id=${f.ids.tillY2}`)).shift,
  },
  "POST /pos/conflicts/{conflictY}/resolve": { body: () => ({ note: "Đã kiểm kho" }), state: conflict("conflictY") },

  "POST /producer/listings": { body: draftListing },
  // A listing that names a live product is a change to it: only its own producer may propose one.
  "POST /producer/listings#change-to-product-b": {
    body: (f) => ({ ...draftListing(), product_id: f.ids.productB, variants: [{ title: f.ids.productBVariant, sku: f.ids.productBSku, price: 250000 }] }),
    state: async (f) => (await asAdmin(f, "/admin/ocop/listings")).listings.filter((l: any) => l.product_id === f.ids.productB).length,
  },
  "POST /producer/listings/{listingB}": { body: () => ({ ...draftListing(), title_en: "Renamed" }), state: listing("listingB") },
  "POST /producer/listings/{listingB}/submit": { body: () => ({}), state: listing("listingB") },
  "DELETE /producer/listings/{listingB2}": { state: listing("listingB2") },
  "POST /producer/uploads?kind=image": { body: () => ({}) },
  "POST /producer/deliveries": {
    body: (f) => ({ centre: CENTRE_Y, lines: [{ variant_id: f.producerBVariant, quantity: 1 }] }),
    state: async (f) => (await asAdmin(f, "/admin/ocop/deliveries?status=all")).count,
  },
  "POST /producer/deliveries/{deliveryB}/cancel": { body: () => ({}), state: deliveryAt("deliveryB") },

  "POST /admin/ocop/centres": { body: () => ({}) },
  "POST /admin/ocop/centres/{centreY}": { body: () => ({}) },
  "POST /admin/ocop/centres/{centreY}#change": {
    body: () => ({ phone: "0900 000 000", pos_offline_max_sale_amount: 1 }),
    state: (f) => asAdmin(f, `/admin/ocop/centres/${f.ids.centreY}`),
  },
  "DELETE /admin/ocop/centres/ctr_missing": {},
  "POST /admin/ocop/deliveries/{deliveryY2}/receive": { body: () => ({}), state: deliveryAt("deliveryY2") },
  "POST /admin/ocop/listings/{listingB3}/reject": { body: () => ({ comment: "Thiếu ảnh chứng nhận" }), state: listing("listingB3") },
  "POST /admin/ocop/listings/plst_missing/approve": { body: () => ({}) },
  "POST /admin/ocop/pos-conflicts/{conflictY2}/resolve": { body: () => ({ note: "Đã kiểm kho" }), state: conflict("conflictY2") },
  "POST /admin/ocop/producers": { body: () => ({}) },
  "POST /admin/ocop/producers/{producerB}": { body: () => ({}) },
  "POST /admin/ocop/producers/{producerB}/invites": {
    body: () => ({ email: `invitee-${randomUUID()}@example.com` }),
    state: (f) => asAdmin(f, `/admin/ocop/producers/${f.ids.producerB}/members`),
  },
  "POST /admin/ocop/products/{productB}#remove-certificate": {
    body: () => ({ certification: null }),
    state: (f) => asAdmin(f, `/admin/ocop/products/${f.ids.productB}`),
  },
  "POST /admin/ocop/villages": { body: () => ({}) },
  "POST /admin/ocop/villages/{village}": { body: () => ({}) },
  "DELETE /admin/ocop/villages/{village}": { state: (f) => asAdmin(f, `/admin/ocop/villages/${f.ids.village}`) },
  "POST /admin/products/{productB}#rename": {
    body: () => ({ title: "Renamed by someone else" }),
    state: (f) => asAdmin(f, `/admin/products/${f.ids.productB}?fields=title,status`),
  },
}
