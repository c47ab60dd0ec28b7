import { randomUUID } from "node:crypto"
import { adminToken, api, login, publishableKey } from "./api"
import { catalogue, openTill, saleBody, sell, settled, type Till } from "./pos"

/**
 * What the route fuzz needs before it starts: a token for each actor, and real records in the
 * states the "almost valid" bodies aim at (an open shift, a settled sale, a draft and a submitted
 * listing, a proposed and a cancelled delivery). All of it is written before the database
 * snapshot, so the fuzz itself must add nothing.
 */
export const CENTRE = "pho-co-ha-noi"
const PRODUCER = "producer.htx-gom-su-bat-trang@ocop.test"

export type Fixtures = Awaited<ReturnType<typeof makeFixtures>>

const ok = (what: string, res: { status: number; body: any }, status = [200, 201]) => {
  if (!status.includes(res.status)) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`)
  return res.body
}

export const listingBody = (sku: string) => ({
  title_vi: "Bình gốm thử nghiệm",
  title_en: "Fuzz test vase",
  description_vi: "Bình gốm men lam, vẽ tay.",
  description_en: "Hand-painted blue-glaze vase.",
  images: [],
  variants: [{ title: "Nhỏ", sku, barcode: null, price: 250_000 }],
})

export async function makeFixtures() {
  const admin = await adminToken()
  const producer = await login("producer", PRODUCER)
  const till: Till = await openTill(CENTRE, "FUZZ-1")
  const clerk = till.token
  const key = await publishableKey(admin)

  // A variant this counter sells with stock to spare, and one settled sale of one unit of it.
  const sellable = (await catalogue(till)).flatMap((p: any) => p.variants.map((v: any) => ({ ...v, product_id: p.id })))
  const variant = sellable.find((v: any) => v.available >= 3 && v.price > 0)
  if (!variant) throw new Error(`No variant with stock at ${CENTRE}`)
  const sold = ok("sale", await sell(till, saleBody(till, [{ variant_id: variant.id, quantity: 1, unit_price: variant.price }])))
  await settled(sold.sale.order_id)

  const admins = async (path: string, list: string) => ok(path, await api(path, { token: admin }))[list] as any[]
  const centres = await admins("/admin/ocop/centres", "centres")
  const villages = await admins("/admin/ocop/villages", "villages")
  const producers = await admins("/admin/ocop/producers", "producers")
  const centre = centres.find((c) => c.handle === CENTRE)
  const otherCentre = centres.find((c) => c.handle === "ba-vi")
  const producerRecord = producers.find((p) => p.handle === "htx-gom-su-bat-trang")
  // The sold product's own producer: a valid-looking body then changes nothing even if accepted.
  const productOcop = ok("product ocop", await api(`/admin/ocop/products/${variant.product_id}`, { token: admin })).product_ocop

  // Listings: a draft the producer may still edit, and a submitted one waiting for review.
  const as = (path: string, body?: unknown) => api(path, { method: "POST", token: producer, body })
  const draft = ok("draft listing", await as("/producer/listings", listingBody(`FUZZ-DRAFT-${Date.now()}`))).listing
  const submitted = ok("listing", await as("/producer/listings", listingBody(`FUZZ-SUB-${Date.now()}`))).listing
  ok("submit", await as(`/producer/listings/${submitted.id}/submit`))

  // Deliveries to the clerk's centre: one proposed (to receive), one already cancelled.
  const own = ok("producer products", await api("/producer/products", { token: producer })).products as any[]
  const producerVariant = own.flatMap((p) => p.variants)[0]
  const delivery = (quantity: number) => ({ centre: CENTRE, lines: [{ variant_id: producerVariant.id, quantity }], note: "Giao thử" })
  const proposed = ok("delivery", await as("/producer/deliveries", delivery(2))).delivery
  const cancelled = ok("delivery", await as("/producer/deliveries", delivery(1))).delivery
  ok("cancel", await as(`/producer/deliveries/${cancelled.id}/cancel`))

  // An invitation whose token is real: the accept route's fuzz then reaches the workflow.
  const invitee = `fuzz-invite-${Date.now()}@example.com`
  ok("invite", await api(`/admin/ocop/producers/${producerRecord.id}/invites`, { method: "POST", token: admin, body: { email: invitee } }))
  const inviteToken = await mailedToken(admin, invitee)

  return {
    tokens: { admin, producer, clerk, anonymous: undefined as string | undefined },
    key,
    till: { shift: till.shift, till: till.till, prefix: till.prefix },
    variant: { id: variant.id as string, price: variant.price as number, available: variant.available as number, product_id: variant.product_id as string },
    productProducer: productOcop.producer.id as string,
    sale: { id: sold.sale.id as string, client_id: sold.sale.client_id as string, line_item_id: sold.sale.lines[0].line_item_ids[0] as string },
    centre: { id: centre.id as string, handle: CENTRE },
    otherCentre: { id: otherCentre.id as string, handle: otherCentre.handle as string },
    village: { id: villages[0].id as string },
    producer: { id: producerRecord.id as string, village_id: producerRecord.village_id as string },
    producerVariant: { id: producerVariant.id as string },
    listings: { draft: draft.id as string, submitted: submitted.id as string },
    deliveries: { proposed: proposed.id as string, cancelled: cancelled.id as string },
    receipt: sold.sale.receipt_number as string,
    order: sold.sale.order_id as string,
    inviteToken,
    newClientId: (): string => randomUUID(),
  }
}

/**
 * The same shape with placeholders, to name the tests before the backend is reached (vitest
 * collects test names first); each placeholder is the path parameter it stands for.
 */
export function placeholderFixtures(): Fixtures {
  return {
    tokens: { admin: "", producer: "", clerk: "", anonymous: undefined },
    key: "",
    till: { shift: ":shift", till: "FUZZ-1", prefix: "FUZZ1" },
    variant: { id: "variant_", price: 100_000, available: 1, product_id: ":product" },
    productProducer: "",
    sale: { id: ":sale", client_id: "", line_item_id: "" },
    centre: { id: ":centre", handle: CENTRE },
    otherCentre: { id: ":centre", handle: "ba-vi" },
    village: { id: ":village" },
    producer: { id: ":producer", village_id: ":village" },
    producerVariant: { id: "" },
    listings: { draft: ":listing", submitted: ":listing" },
    deliveries: { proposed: ":delivery", cancelled: ":delivery" },
    receipt: ":number",
    order: ":order",
    inviteToken: "",
    newClientId: () => "00000000-0000-0000-0000-000000000000",
  }
}

/** The token of the invitation e-mailed to `to` (the notification is sent by a subscriber, soon after). */
async function mailedToken(admin: string, to: string) {
  for (let i = 0; i < 50; i++) {
    const { body } = await api(`/admin/notifications?to=${encodeURIComponent(to)}&limit=5`, { token: admin })
    const mail = (body.notifications ?? []).find((n: any) => n.template === "producer-invite")
    if (mail) return new URL(mail.data.link).searchParams.get("token")!
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`No invitation was e-mailed to ${to}`)
}
