import { randomUUID } from "node:crypto"
import { adminToken, api, login, publishableKey } from "./api"
import { cartAtShipping, completeCart, startPayment } from "./checkout"
import { catalogue, openTill, saleBody, sell, sellable, settled } from "./pos"

/**
 * The actors of the security matrix and the real records they reach for: each "other" resource
 * belongs to customer B, producer B or centre Y, so a refusal is tested on what exists.
 */
export const ACTORS = ["anon", "custA", "custB", "prodA", "prodB", "clerkX", "clerkY", "admin"] as const
export type Actor = (typeof ACTORS)[number]

export const CENTRE_X = "bat-trang"
export const CENTRE_Y = "van-phuc"
const PRODUCER_A = "producer.htx-gom-su-bat-trang@ocop.test"
const PRODUCER_B = "producer.htx-lua-van-phuc@ocop.test"

export type Fixtures = {
  key: string
  tokens: Record<Actor, string | undefined>
  supervisorX: string
  /** Values for the `{name}` placeholders of the matrix's paths, and for bodies. */
  ids: Record<string, string>
  /** Sale bodies and lines the POS rows need. */
  pos: { tillX: Awaited<ReturnType<typeof openTill>>; tillY: Awaited<ReturnType<typeof openTill>>; yOnly: { id: string; price: number }; xVariant: { id: string; price: number } }
  producerBVariant: string
}

export const draftListing = () => ({
  title_vi: "Khăn lụa thử quyền",
  title_en: "Access-test silk scarf",
  description_vi: "Bản nháp dùng để thử quyền.",
  description_en: "A draft used to test who may touch it.",
  images: [],
  variants: [{ title: "Một cỡ", sku: `SEC-${randomUUID().slice(0, 12)}`, price: 250000 }],
})

/** A shopper with an account, signed up as the storefront does it. */
async function customer(key: string, tag: string, name: string) {
  const email = `security-${tag}-${Date.now()}@example.com`
  const password = "matrix-pass-2026"
  const { body: reg } = await api("/auth/customer/emailpass/register", { method: "POST", body: { email, password } })
  const made = await api("/store/customers", { method: "POST", key, token: reg.token, body: { email, first_name: name, last_name: "Thử" } })
  if (made.status !== 200) throw new Error(`customer ${name}: ${made.status} ${JSON.stringify(made.body)}`)
  return { token: await login("customer", email, password), id: made.body.customer.id as string }
}

/** Customer B's cart at the payment step, and the order it became (paid by VietQR, not yet transferred). */
async function customerCart(key: string, token: string, provider?: string) {
  const cart = await cartAtShipping({ key, region: "Việt Nam" })
  const owned = await api(`/store/carts/${cart.id}/customer`, { method: "POST", key, token })
  if (owned.status !== 200) throw new Error(`cart owner: ${owned.status} ${JSON.stringify(owned.body)}`)
  if (!provider) return { cartId: cart.id }
  const { session } = await startPayment(key, cart.id, provider)
  const done = await completeCart(key, cart.id)
  if (done.body.type !== "order") throw new Error(`order: ${JSON.stringify(done.body)}`)
  return { cartId: cart.id, orderId: done.body.order.id as string, session }
}

const ok = async (reply: Promise<{ status: number; body: any }>, what: string) => {
  const r = await reply
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

export async function setUp(): Promise<Fixtures> {
  const admin = await adminToken()
  const key = await publishableKey(admin)
  const [a, b] = [await customer(key, "a", "An"), await customer(key, "b", "Bình")]
  const tokens: Record<Actor, string | undefined> = {
    anon: undefined,
    custA: a.token,
    custB: b.token,
    prodA: await login("producer", PRODUCER_A),
    prodB: await login("producer", PRODUCER_B),
    clerkX: undefined,
    clerkY: undefined,
    admin,
  }
  const orderB = await customerCart(key, b.token, "pp_vietqr_vietqr")
  const cartB = await customerCart(key, b.token)

  // Centre Y's sale, shifts and two stock conflicts (offline sales at a price since changed).
  // Till ids of their own, so a second run against the same database opens fresh shifts.
  const till = (name: string) => `${name}${String(Date.now()).slice(-5)}`
  const tillX = await openTill(CENTRE_X, till("SX"))
  const tillY = await openTill(CENTRE_Y, till("SY"))
  const tillY2 = await openTill(CENTRE_Y, till("SZ"))
  tokens.clerkX = tillX.token
  tokens.clerkY = tillY.token
  const { variant: yVariant } = await sellable(tillY, 4)
  const line = (v: { id: string; price: number }, price = v.price) => ({ variant_id: v.id, quantity: 1, unit_price: price })
  const saleY = (await ok(sell(tillY, saleBody(tillY, [line(yVariant)])), "sale at Y")).sale
  await settled(saleY.order_id)
  const conflict = async () => {
    const body = saleBody(tillY, [line(yVariant, yVariant.price + 1000)], { offline: true })
    const { sale } = await ok(sell(tillY, body), "offline sale at Y")
    if (!sale.conflict) throw new Error("the offline sale at Y raised no conflict")
    await settled(sale.order_id)
    return sale.id as string
  }
  const xIds = new Set((await catalogue(tillX)).flatMap((p) => p.variants.filter((v: any) => v.available > 0).map((v: any) => v.id)))
  const yOnly = (await catalogue(tillY)).flatMap((p) => p.variants).find((v: any) => v.available > 0 && v.price && !xIds.has(v.id))
  if (!yOnly) throw new Error(`No variant in stock at ${CENTRE_Y} that ${CENTRE_X} lacks`)
  const { variant: xVariant } = await sellable(tillX, 2)

  // Producer B's product, listings (two drafts, one submitted) and deliveries to centre Y.
  const asB = (path: string, body?: unknown) => ok(api(path, { method: body ? "POST" : "GET", token: tokens.prodB, body }), path)
  const productB = (await asB("/producer/products")).products[0]
  const stockB = (await asB("/producer/stock")).centres.find((c: any) => c.centre.handle === CENTRE_Y)
  const variantB = stockB.variants[0].variant_id as string
  const listing = async () => (await asB("/producer/listings", draftListing())).listing.id as string
  const [listingB, listingB2, listingB3] = [await listing(), await listing(), await listing()]
  await asB(`/producer/listings/${listingB3}/submit`, {})
  const delivery = async () => (await asB("/producer/deliveries", { centre: CENTRE_Y, lines: [{ variant_id: variantB, quantity: 1 }] })).delivery.id as string
  const [deliveryY, deliveryY2, deliveryB] = [await delivery(), await delivery(), await delivery()]

  const centres = (await ok(api("/admin/ocop/centres", { token: admin }), "centres")).centres
  const producers = (await ok(api("/admin/ocop/producers", { token: admin }), "producers")).producers
  const villages = (await ok(api("/admin/ocop/villages", { token: admin }), "villages")).villages
  const receipt = new URL(saleY.receipt_url)
  return {
    key,
    tokens,
    supervisorX: await login("user", `supervisor.${CENTRE_X}@ocop.test`),
    pos: { tillX, tillY, yOnly, xVariant },
    producerBVariant: variantB,
    ids: {
      orderB: orderB.orderId!,
      cartB: cartB.cartId,
      sessionB: orderB.session.id,
      referenceB: orderB.session.data.reference,
      saleY: saleY.id,
      saleYLine: saleY.lines[0].line_item_ids[0],
      receiptY: saleY.receipt_number,
      receiptTokenY: receipt.searchParams.get("t")!,
      shiftY: tillY.shift,
      shiftY2: tillY2.shift,
      tillY2: tillY2.till,
      conflictY: await conflict(),
      conflictY2: await conflict(),
      productB: productB.id,
      productBSku: productB.variants[0].sku,
      productBVariant: productB.variants[0].title,
      listingB,
      listingB2,
      listingB3,
      deliveryY,
      deliveryY2,
      deliveryB,
      centreY: centres.find((c: any) => c.handle === CENTRE_Y).id,
      producerB: producers.find((p: any) => p.handle === "htx-lua-van-phuc").id,
      village: villages[0].id,
      villageHandle: villages[0].handle,
    },
  }
}
