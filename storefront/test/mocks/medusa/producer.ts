import { http, HttpResponse, type HttpHandler } from "msw"
import { CENTRE_BT, CENTRE_VP, HO_LUA, HTX, INVITE_EMAIL, INVITE_TOKEN, LIVE_PRODUCTS } from "./producer-records"
import { medusa, MEDUSA_URL, route, unauthorized, type Received } from "./state"

/**
 * The producer API (docs/producer-api.md) as a producer's browser meets it through the
 * storefront: emailpass login for the `producer` actor, invitations, password reset, and the
 * /producer/* routes, each answering only the signed-in producer's own records (another's → 404)
 * and refusing in the asked language with { type, code, message }.
 */

const words = (r: Received, vi: string, en: string) => (r.query.get("locale") === "en" ? en : vi)
const refuse = (r: Received, status: number, code: string, vi: string, en: string) =>
  HttpResponse.json({ type: status === 404 ? "not_found" : "not_allowed", code, message: words(r, vi, en) }, { status })

function signedProducer(r: Received) {
  const who = medusa.producer.tokens.get(r.headers.get("authorization")?.replace(/^Bearer /, "") ?? "")
  return [HTX, HO_LUA].find((p) => p.id === who?.producer_id)
}

type Producer = typeof HTX
/** A /producer/* route: 401 without a producer's token, else answered for that producer. */
function scoped(method: "get" | "post", path: string, answer: (r: Received, p: Producer, params: Record<string, string>) => Response) {
  return route(method, path, (r, params) => {
    const producer = signedProducer(r)
    return producer ? answer(r, producer, params) : unauthorized()
  })
}

const mine = (p: Producer) => LIVE_PRODUCTS.filter((x) => x.producer_id === p.id).map(({ producer_id: _, ...x }) => x)
const listingOf = (p: Producer, id: string | undefined) => medusa.producer.listings.find((l) => l.id === id && l.producer_id === p.id)
const notYours = (r: Received) => refuse(r, 404, "not_found", "Không tìm thấy.", "Not found.")
const publicListing = ({ producer_id: _, ...l }: any) => l

const FORBIDDEN = ["stars", "group", "decision_number", "issuing_level", "issue_date", "expiry_date"]
function listingRefused(r: Received) {
  if (FORBIDDEN.some((k) => k in (r.body ?? {}))) return refuse(r, 400, "certification_fields", "Nhà sản xuất không được nhập thông tin chứng nhận.", "Producers cannot set certification fields.")
  if (r.body.variants?.some((v: any) => v.sku === "TRUNG-SKU")) return refuse(r, 400, "sku_taken", "Mã hàng TRUNG-SKU đã được dùng.", "The SKU TRUNG-SKU is already in use.")
  return null
}

/** Uploads are multipart: recorded with their files' names, types and sizes, not parsed as JSON. */
const uploads = http.post(`${MEDUSA_URL}/producer/uploads`, async ({ request }) => {
  const url = new URL(request.url)
  const form = await request.formData()
  const files = form.getAll("files").filter((f): f is File => typeof f !== "string")
  const r: Received = { method: "POST", path: url.pathname, query: url.searchParams, headers: request.headers, body: { files: files.map((f) => ({ name: f.name, type: f.type, size: f.size })) } }
  medusa.received.push(r)
  if (!signedProducer(r)) return unauthorized()
  const kind = url.searchParams.get("kind")
  const allowed = kind === "certificate" ? ["application/pdf", "image/jpeg", "image/png"] : ["image/jpeg", "image/png", "image/webp"]
  if (!files.length || files.length > 6) return refuse(r, 400, "file_count", "Hãy chọn từ 1 đến 6 tệp.", "Choose 1 to 6 files.")
  if (files.some((f) => !allowed.includes(f.type))) return refuse(r, 400, "file_type", "Loại tệp này không được nhận.", "This type of file is not accepted.")
  const answer = files.map((f) => ({ url: `${MEDUSA_URL}/static/${medusa.id("file")}-${f.name}`, filename: f.name, mime_type: f.type, size: f.size }))
  return HttpResponse.json({ files: answer }, { status: 201 })
})

export const producerHandlers: HttpHandler[] = [
  route("post", "/auth/producer/emailpass", (r) => {
    const login = medusa.producer.logins.find((l) => l.email === r.body?.email && l.password === r.body?.password)
    if (!login) return HttpResponse.json({ type: "unauthorized", message: "Invalid email or password" }, { status: 401 })
    const token = `ptok_${medusa.next++}`
    medusa.producer.tokens.set(token, { email: login.email, producer_id: login.producer_id })
    return HttpResponse.json({ token })
  }),
  route("post", "/auth/producer/emailpass/reset-password", () => new HttpResponse(null, { status: 201 })),
  route("post", "/auth/producer/emailpass/update", (r) => {
    const token = r.headers.get("authorization")?.replace(/^Bearer /, "") ?? ""
    const who = medusa.producer.tokens.get(token)
    const login = medusa.producer.logins.find((l) => l.email === who?.email)
    if (!who || !login || who.producer_id !== null) return unauthorized()
    login.password = r.body.password
    medusa.producer.tokens.delete(token)
    return HttpResponse.json({ success: true })
  }),
  route("post", "/producer-invites/accept", (r) => {
    if (r.body?.token !== INVITE_TOKEN || medusa.producer.inviteUsed) return refuse(r, 400, "invite_invalid", "Lời mời đã hết hạn hoặc đã được dùng.", "This invitation has expired or was already used.")
    medusa.producer.inviteUsed = true
    medusa.producer.logins.push({ email: INVITE_EMAIL, password: r.body.password, producer_id: HTX.id })
    return HttpResponse.json({ email: INVITE_EMAIL }, { status: 201 })
  }),

  scoped("get", "/producer/me", (_r, p) => HttpResponse.json({ producer: p, login: { email: p.email } })),
  scoped("get", "/producer/sales", (r, p) => {
    const from = r.query.get("from") ?? "", to = r.query.get("to") ?? ""
    if (p.id !== HTX.id) return HttpResponse.json({ from, to, totals: { orders: 0, units: 0, revenue: 0 }, series: [], by_product: [], by_centre: [] })
    return HttpResponse.json({
      from, to, totals: { orders: 3, units: 4, revenue: 1_800_000 },
      series: [{ date: to, revenue: 900_000, units: 2 }, { date: from, revenue: 900_000, units: 2 }],
      by_product: [{ product_id: "prod_binh", title_vi: "Bình gốm men lam", title_en: "Blue-glaze vase", units: 4, revenue: 1_800_000 }],
      by_centre: [{ centre: CENTRE_BT, channel: "counter", units: 3, revenue: 1_350_000 }, { centre: CENTRE_BT, channel: "web", units: 1, revenue: 450_000 }],
    })
  }),
  scoped("get", "/producer/products", (_r, p) => HttpResponse.json({ products: mine(p) })),
  scoped("get", "/producer/products/:id", (r, p, { id }) => {
    const product = mine(p).find((x) => x.id === id)
    return product ? HttpResponse.json({ product }) : notYours(r)
  }),
  scoped("get", "/producer/listings", (_r, p) => HttpResponse.json({ listings: medusa.producer.listings.filter((l) => l.producer_id === p.id).map(publicListing) })),
  scoped("get", "/producer/listings/:id", (r, p, { id }) => {
    const listing = listingOf(p, id)
    return listing ? HttpResponse.json({ listing: publicListing(listing) }) : notYours(r)
  }),
  scoped("post", "/producer/listings", (r, p) => {
    const refused = listingRefused(r)
    if (refused) return refused
    if (r.body.product_id && !mine(p).some((x) => x.id === r.body.product_id)) return notYours(r)
    const now = new Date().toISOString()
    const listing = { product_id: null, certificate: null, review_comment: null, submitted_at: null, reviewed_at: null, ...r.body, id: medusa.id("lst"), producer_id: p.id, status: "draft", created_at: now, updated_at: now }
    medusa.producer.listings.push(listing)
    return HttpResponse.json({ listing: publicListing(listing) }, { status: 201 })
  }),
  scoped("post", "/producer/listings/:id", (r, p, { id }) => {
    const listing = listingOf(p, id)
    if (!listing) return notYours(r)
    if (!["draft", "rejected"].includes(listing.status)) return refuse(r, 409, "listing_locked", "Đề xuất đang chờ duyệt hoặc đã duyệt, không sửa được.", "This listing is under review or approved and cannot change.")
    const refused = listingRefused(r)
    if (refused) return refused
    Object.assign(listing, r.body, { status: "draft", updated_at: new Date().toISOString() })
    return HttpResponse.json({ listing: publicListing(listing) })
  }),
  scoped("post", "/producer/listings/:id/submit", (r, p, { id }) => {
    const listing = listingOf(p, id)
    if (!listing) return notYours(r)
    if (listing.status !== "draft") return refuse(r, 409, "listing_locked", "Đề xuất này không gửi duyệt được.", "This listing cannot be submitted.")
    Object.assign(listing, { status: "submitted", submitted_at: new Date().toISOString() })
    return HttpResponse.json({ listing: publicListing(listing) })
  }),
  uploads,

  scoped("get", "/producer/stock", (_r, p) => {
    const variants = mine(p).flatMap((x) => x.variants.map((v) => ({ variant_id: v.id, product_id: x.id, title_vi: x.title_vi, title_en: x.title_en, sku: v.sku, stocked: 12, reserved: 2, available: 10 })))
    return HttpResponse.json({ centres: variants.length ? [{ centre: CENTRE_BT, variants }] : [] })
  }),
  scoped("get", "/producer/deliveries", (_r, p) => HttpResponse.json({ deliveries: medusa.producer.deliveries.filter((d) => d.producer_id === p.id).map(publicListing) })),
  scoped("post", "/producer/deliveries", (r, p) => {
    const centre = [CENTRE_BT, CENTRE_VP].find((c) => c.handle === r.body.centre)
    if (!centre) return refuse(r, 404, "centre_not_found", "Không có trung tâm này.", "There is no such centre.")
    const variants = mine(p).flatMap((x) => x.variants.map((v) => ({ ...v, title_vi: x.title_vi })))
    const lines = r.body.lines.map((l: any) => ({ ...l, v: variants.find((v) => v.id === l.variant_id) }))
    if (lines.some((l: any) => !l.v)) return notYours(r)
    const delivery = {
      id: medusa.id("dlv"), producer_id: p.id, centre, status: "proposed", note: r.body.note ?? null, created_at: new Date().toISOString(), received_at: null,
      lines: lines.map((l: any) => ({ variant_id: l.variant_id, title_vi: l.v.title_vi, sku: l.v.sku, quantity: l.quantity, received_quantity: null })),
    }
    medusa.producer.deliveries.push(delivery)
    return HttpResponse.json({ delivery: publicListing(delivery) }, { status: 201 })
  }),
  scoped("post", "/producer/deliveries/:id/cancel", (r, p, { id }) => {
    const delivery = medusa.producer.deliveries.find((d) => d.id === id && d.producer_id === p.id)
    if (!delivery) return notYours(r)
    if (delivery.status !== "proposed") return refuse(r, 409, "delivery_not_proposed", "Lần giao này đã được nhận hoặc đã huỷ.", "This delivery was already received or cancelled.")
    delivery.status = "cancelled"
    return HttpResponse.json({ delivery: publicListing(delivery) })
  }),
  scoped("get", "/producer/statements/:month", (r, p, { month }) => {
    const rows = p.id === HTX.id ? [{ centre: CENTRE_BT, sales: 1_800_000, commission_percent: 15, commission: 270_000, owed: 1_530_000 }] : []
    const format = r.query.get("format") ?? "json"
    if (format === "csv") return new HttpResponse(`centre,sales,commission,owed\n${rows.map((x) => `${x.centre.handle},${x.sales},${x.commission},${x.owed}`).join("\n")}\n`, { headers: { "content-type": "text/csv; charset=utf-8" } })
    if (format === "pdf") return new HttpResponse("%PDF-1.4 fake", { headers: { "content-type": "application/pdf" } })
    return HttpResponse.json({ statement: { month, centres: rows } })
  }),
]
