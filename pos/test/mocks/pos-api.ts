import { hanoiDay } from "@ocop/money"
import { http, HttpResponse, type HttpHandler } from "msw"
import type { BatchResult, CatalogueProduct, ConflictRow, Customer, DayReport, Me, Payment, Sale, SaleBody, SaleReturn, Shift, ShiftReport } from "../../app/lib/api/types"
import { priceCart } from "../../app/lib/cart-pricing"
import { fold } from "../../app/lib/catalogue-search"
import { CLERK_EMAIL, CLERK_PASSWORD, demoCustomers, demoProducts, ME } from "./pos-records"

/**
 * The POS API of docs/pos-api.md in memory, for msw: the one fake the till's tests talk to, and,
 * with VITE_POS_MOCK=1, the browser in development (app/mocks/browser.ts). Paths match on any
 * origin (Node tests use an absolute base URL, the browser relative ones). Tests read
 * `posApi.received`, and seed or change `posApi.state` to set the scene.
 */
export const TOKEN = "token_clerk_bat_trang"

function fresh() {
  return {
    me: structuredClone(ME) as Me,
    products: demoProducts() as CatalogueProduct[],
    customers: demoCustomers() as Customer[],
    shifts: [] as (Shift & { client_id: string; clerk: string })[],
    sales: [] as (Sale & { shift_id: string | null })[],
    returns: [] as (SaleReturn & { client_id: string; shift_id: string | null })[],
    conflicts: [] as ConflictRow[],
    /** The catalogue's logical clock: every change moves it on a second, so `?since=` is exact. */
    clock: Date.parse("2026-12-02T00:00:00.000Z"),
    // When each product, removal and stock level last changed (plain records: the browser mock keeps state as JSON).
    changed: {} as Record<string, number>,
    removed: {} as Record<string, number>,
    stockChanged: {} as Record<string, number>,
  }
}

export const posApi = {
  state: fresh(),
  received: [] as { method: string; path: string; body: unknown }[],
  /** Called after every write; the browser mock keeps the state across reloads with it. */
  onChange: (() => {}) as () => void,
  reset() {
    this.state = fresh()
    this.received = []
  },
  /** A change to the catalogue, as staff make them: what the next `?since=` answer carries. */
  touch(change: { product?: string; removed?: string; stock?: string }) {
    const at = (this.state.clock += 1000)
    if (change.product) this.state.changed[change.product] = at
    if (change.removed) {
      this.state.removed[change.removed] = at
      this.state.products = this.state.products.filter((p) => p.id !== change.removed)
    }
    if (change.stock) this.state.stockChanged[change.stock] = at
  },
}

/** `GET /pos/catalogue?since=`: everything with no (or an unknown) `since`, else what changed after it. */
function catalogueSince(since: string | null) {
  const s = posApi.state
  const at = new Date(s.clock).toISOString()
  const t = since ? Date.parse(since) : NaN
  if (!Number.isFinite(t)) return { at, full: true, products: s.products, removed: [], stock: [] }
  const after = (m: Record<string, number>) => Object.entries(m).filter(([, when]) => when > t).map(([id]) => id)
  const changed = new Set(after(s.changed))
  return {
    at,
    full: false,
    products: s.products.filter((p) => changed.has(p.id)),
    removed: after(s.removed),
    stock: after(s.stockChanged).flatMap((id) => {
      const hit = variantOf(id)
      return hit ? [{ variant_id: id, available: hit.variant.available }] : []
    }),
  }
}

type Loc = "vi" | "en"
const localeOf = (request: Request): Loc => (new URL(request.url).searchParams.get("locale") === "en" ? "en" : "vi")
type Outcome = { status: number; json: Record<string, unknown> }
const answer = (o: Outcome) => HttpResponse.json(o.json, { status: o.status })
const refusal = (status: number, code: string, sentence: string, extra: Record<string, unknown> = {}): Outcome => ({ status, json: { type: "not_allowed", code, message: sentence, sentence, ...extra } })
const refuse = (...args: Parameters<typeof refusal>) => answer(refusal(...args))

/** Records a request in `posApi.received` (a test that wraps a route calls it too). */
export async function note(request: Request) {
  const body = request.method === "GET" ? null : await request.clone().json().catch(() => null)
  posApi.received.push({ method: request.method, path: new URL(request.url).pathname, body })
  return body
}

/** Every /pos route: a bearer token of the demo clerk, else 401 as Medusa answers it. */
function pos(handler: (args: { request: Request; params: Record<string, string>; body: any; locale: Loc }) => Response | Promise<Response>) {
  return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
    const body = await note(request)
    if (request.headers.get("authorization") !== `Bearer ${TOKEN}`) return HttpResponse.json({ type: "unauthorized", message: "Unauthorized" }, { status: 401 })
    const answer = await handler({ request, params: params as Record<string, string>, body, locale: localeOf(request) })
    if (request.method !== "GET") posApi.onChange()
    return answer
  }
}

const variantOf = (id: string) => {
  for (const product of posApi.state.products) {
    const variant = product.variants.find((v) => v.id === id)
    if (variant) return { product, variant }
  }
  return null
}

function report(shift: Shift & { clerk: string }): ShiftReport {
  const sales = posApi.state.sales.filter((s) => s.shift_id === shift.id)
  const by_method = { cash: 0, vietqr: 0, card: 0 }
  for (const s of sales) for (const p of s.payments) by_method[p.method] += p.amount
  const cash_refunds = posApi.state.returns.filter((r) => r.shift_id === shift.id && r.refund === "cash").reduce((a, r) => a + r.amount, 0)
  const expected_cash = shift.opening_float + by_method.cash - cash_refunds
  return {
    shift: { id: shift.id, till_id: shift.till_id, opened_at: shift.opened_at, closed_at: shift.closed_at, clerk: shift.clerk },
    opening_float: shift.opening_float,
    sales_count: sales.length,
    returns_count: posApi.state.returns.filter((r) => r.shift_id === shift.id).length,
    by_method,
    cash_refunds,
    expected_cash,
    counted_cash: shift.counted_total,
    difference: shift.counted_total === null ? null : shift.counted_total - expected_cash,
  }
}

/** What POST /pos/sales/batch answers for these sales, without a request (tests wrap the route with it). */
export function decideBatch(sales: SaleBody[], locale: Loc = "vi"): BatchResult[] {
  return sales.map((b) => {
    const o = createSale(b, locale)
    return { client_id: b.client_id, status: o.status, ...(o.json.sale ? { sale: o.json.sale as Sale } : { code: String(o.json.code), message: String(o.json.message), sentence: String(o.json.sentence) }) }
  })
}

/** One sale as POST /pos/sales decides it (the batch route decides each of its sales the same way). */
function createSale(body: SaleBody, locale: Loc): Outcome {
  const s = posApi.state
  const found = s.sales.find((x) => x.client_id === body.client_id)
  if (found) return { status: 200, json: { sale: found } }
  const short: NonNullable<Sale["conflict"]>["lines"] = []
  for (const line of body.lines) {
    const hit = variantOf(line.variant_id)
    if (!hit) return refusal(400, "unknown_variant", locale === "vi" ? `Sản phẩm ${line.variant_id} không bán tại quầy này.` : `Product ${line.variant_id} is not sold at this counter.`)
    const title = locale === "vi" ? hit.product.title_vi : hit.product.title_en
    if (hit.variant.price !== line.unit_price) {
      return refusal(409, "price_changed", locale === "vi" ? `Giá của ${title} đã đổi thành ${hit.variant.price} ₫. Hãy xem lại giỏ hàng.` : `The price of ${title} changed to ₫${hit.variant.price}. Review the cart.`, {
        prices: [{ variant_id: line.variant_id, price: hit.variant.price }],
      })
    }
    if (hit.variant.available < line.quantity && body.offline) {
      // Sold offline after the stock was gone: kept, and flagged for staff (INVARIANTS 3).
      short.push({ variant_id: line.variant_id, title, wanted: line.quantity, available: hit.variant.available })
    } else if (hit.variant.available < line.quantity) {
      return refusal(409, "out_of_stock", locale === "vi"
        ? `Không đủ hàng: ${title} chỉ còn ${hit.variant.available} tại quầy này (cần ${line.quantity}).`
        : `Not enough stock: only ${hit.variant.available} of ${title} left at this counter (needed ${line.quantity}).`)
    }
  }
  const priced = priceCart(body.lines, body.order_discount)
  const paid = body.payments.reduce((a, p) => a + p.amount, 0)
  if (paid !== priced.total) return refusal(400, paid < priced.total ? "payments_short" : "payments_over", locale === "vi" ? "Các khoản thanh toán phải bằng tổng tiền." : "The payments must add up to the total.")
  const index = s.sales.length + 1
  const sale: Sale & { shift_id: string | null } = {
    id: `psale_${String(index).padStart(4, "0")}`,
    client_id: body.client_id,
    receipt_number: body.receipt_number,
    order_id: `order_${index}`,
    centre: { handle: s.me.centre.handle, name_vi: s.me.centre.name_vi, name_en: s.me.centre.name_en, address: s.me.centre.address },
    clerk: `${s.me.clerk.last_name} ${s.me.clerk.first_name}`,
    till_id: body.till_id,
    shift_id: body.shift_id,
    sold_at: body.sold_at,
    lines: body.lines.map((l, i) => {
      const { product, variant } = variantOf(l.variant_id)!
      variant.available -= l.quantity
      posApi.touch({ stock: variant.id })
      const p = priced.lines[i]!
      return {
        line_item_id: `ordli_${index}_${i + 1}`, variant_id: l.variant_id, title_vi: product.title_vi, title_en: product.title_en, variant_title: variant.title,
        sku: variant.sku, stars: product.stars, producer: product.producer, quantity: l.quantity, unit_price: l.unit_price, discount: p.discount, total: p.total, returned: 0,
      }
    }),
    subtotal: priced.subtotal,
    discount_total: priced.discount_total,
    total: priced.total,
    payments: body.payments,
    change: body.payments.reduce((a, p: Payment) => a + (p.method === "cash" ? p.tendered - p.amount : 0), 0),
    customer_id: body.customer_id ?? null,
    note: body.note ?? null,
    receipt_url: `http://localhost:3000/${locale}/receipts/${body.receipt_number}?t=mock${index}`,
    status: "completed",
    ...(short.length ? { conflict: { kind: "out_of_stock", lines: short, status: "open" } } : {}),
  }
  s.sales.push(sale)
  if (sale.conflict) s.conflicts.push({ ...sale.conflict, sale_id: sale.id, receipt_number: sale.receipt_number, sold_at: sale.sold_at, till_id: sale.till_id })
  return { status: 201, json: { sale } }
}

function dayReport(date: string): DayReport {
  const sales = posApi.state.sales.filter((x) => hanoiDay(new Date(x.sold_at)) === date)
  const products = new Map<string, { product_id: string; title: string; quantity: number; total: number }>()
  const producers = new Map<string, { handle: string; name: string; quantity: number; total: number }>()
  const by_method = { cash: 0, vietqr: 0, card: 0 }
  for (const sale of sales) {
    for (const p of sale.payments) by_method[p.method] += p.amount
    for (const l of sale.lines) {
      const id = variantOf(l.variant_id)?.product.id ?? l.variant_id
      const row = products.get(id) ?? { product_id: id, title: l.title_vi, quantity: 0, total: 0 }
      products.set(id, { ...row, quantity: row.quantity + l.quantity, total: row.total + l.total })
      const who = l.producer ?? { handle: "-", name: "-" }
      const pr = producers.get(who.handle) ?? { ...who, quantity: 0, total: 0 }
      producers.set(who.handle, { ...pr, quantity: pr.quantity + l.quantity, total: pr.total + l.total })
    }
  }
  return {
    date,
    by_product: [...products.values()].sort((a, b) => b.total - a.total),
    by_producer: [...producers.values()].sort((a, b) => b.total - a.total),
    by_method,
    sales_count: sales.length,
    total: sales.reduce((a, x) => a + x.total, 0),
    returns_total: posApi.state.returns.filter((r) => hanoiDay(new Date(r.created_at)) === date).reduce((a, r) => a + r.amount, 0),
  }
}

function csvOf(r: DayReport): string {
  const rows = [["section", "key", "name", "quantity", "total"]]
  for (const p of r.by_product) rows.push(["product", p.product_id, p.title, String(p.quantity), String(p.total)])
  for (const p of r.by_producer) rows.push(["producer", p.handle, p.name, String(p.quantity), String(p.total)])
  for (const [m, v] of Object.entries(r.by_method)) rows.push(["method", m, m, "", String(v)])
  return rows.map((row) => row.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\n") + "\n"
}

export const posHandlers: HttpHandler[] = [
  http.post("*/auth/user/emailpass", async ({ request }) => {
    const body = (await note(request)) as { email?: string; password?: string } | null
    if (body?.email?.toLowerCase() === CLERK_EMAIL && body.password === CLERK_PASSWORD) return HttpResponse.json({ token: TOKEN })
    return HttpResponse.json({ type: "unauthorized", message: "Invalid email or password" }, { status: 401 })
  }),
  http.get("*/pos/me", pos(() => HttpResponse.json(posApi.state.me))),
  http.get("*/pos/catalogue", pos(({ request }) => HttpResponse.json(catalogueSince(new URL(request.url).searchParams.get("since"))))),
  http.get("*/pos/shifts/current", pos(({ request }) => {
    const till = new URL(request.url).searchParams.get("till_id")
    const last = posApi.state.sales.filter((x) => x.till_id === till).at(-1)
    return HttpResponse.json({ shift: posApi.state.shifts.find((x) => x.till_id === till && x.status === "open") ?? null, last_receipt_number: last?.receipt_number ?? null })
  })),
  http.post("*/pos/shifts", pos(({ body, locale }) => {
    const s = posApi.state
    const same = s.shifts.find((x) => x.client_id === body.client_id)
    if (same) return HttpResponse.json({ shift: same }, { status: 200 })
    if (s.shifts.some((x) => x.till_id === body.till_id && x.status === "open")) {
      return refuse(409, "shift_open", locale === "vi" ? "Quầy này đang có ca mở. Hãy đóng ca đó trước." : "This till already has an open shift. Close it first.")
    }
    const shift = {
      id: `pshift_${s.shifts.length + 1}`, client_id: body.client_id, till_id: body.till_id, status: "open" as const, opening_float: body.opening_float,
      opened_at: new Date().toISOString(), closed_at: null, counted: null, counted_total: null, expected_cash: null, difference: null,
      clerk: `${s.me.clerk.last_name} ${s.me.clerk.first_name}`,
    }
    s.shifts.push(shift)
    return HttpResponse.json({ shift }, { status: 201 })
  })),
  http.post("*/pos/shifts/:id/close", pos(({ params, body }) => {
    const shift = posApi.state.shifts.find((x) => x.id === params.id)
    if (!shift) return HttpResponse.json({ type: "not_found", message: "Shift not found" }, { status: 404 })
    if (shift.status === "open") {
      const counted = body.counted as Record<string, number>
      const total = Object.entries(counted).reduce((a, [face, n]) => a + Number(face) * n, 0)
      const expected = report(shift).expected_cash
      Object.assign(shift, { status: "closed", closed_at: new Date().toISOString(), counted, counted_total: total, expected_cash: expected, difference: total - expected })
    }
    return HttpResponse.json({ shift, report: report(shift) })
  })),
  http.get("*/pos/shifts/:id/report", pos(({ params }) => {
    const shift = posApi.state.shifts.find((x) => x.id === params.id)
    return shift ? HttpResponse.json({ report: report(shift) }) : HttpResponse.json({ type: "not_found", message: "Shift not found" }, { status: 404 })
  })),
  http.post("*/pos/sales", pos(({ body, locale }) => answer(createSale(body as SaleBody, locale)))),
  http.post("*/pos/sales/batch", pos(({ body, locale }) => {
    const sales = (body?.sales ?? []) as SaleBody[]
    if (sales.length > 20) return refuse(400, "batch_too_large", "At most 20 sales in a batch.")
    return HttpResponse.json({ results: decideBatch(sales, locale) })
  })),
  http.get("*/pos/conflicts", pos(({ request }) => {
    const status = new URL(request.url).searchParams.get("status") ?? "open"
    return HttpResponse.json({ conflicts: posApi.state.conflicts.filter((c) => c.status === status) })
  })),
  http.post("*/pos/conflicts/:saleId/resolve", pos(({ params, body }) => {
    const c = posApi.state.conflicts.find((x) => x.sale_id === params.saleId)
    if (!c) return HttpResponse.json({ type: "not_found", message: "No conflict for that sale" }, { status: 404 })
    Object.assign(c, { status: "resolved", note: body?.note ?? null })
    return HttpResponse.json({ conflict: c })
  })),
  http.get("*/pos/sales", pos(({ request }) => {
    const q = new URL(request.url).searchParams
    let sales = [...posApi.state.sales].sort((a, b) => b.sold_at.localeCompare(a.sold_at))
    const receipt = q.get("receipt")
    if (receipt) sales = sales.filter((x) => x.receipt_number === receipt.toUpperCase())
    const text = q.get("q")
    if (text) sales = sales.filter((x) => fold(`${x.receipt_number} ${x.lines.map((l) => l.title_vi).join(" ")}`).includes(fold(text)))
    const from = q.get("from")
    const to = q.get("to")
    if (from) sales = sales.filter((x) => x.sold_at >= from)
    if (to) sales = sales.filter((x) => x.sold_at <= to)
    const offset = Number(q.get("offset") ?? 0)
    const limit = Number(q.get("limit") ?? 50)
    return HttpResponse.json({ sales: sales.slice(offset, offset + limit), count: sales.length })
  })),
  http.get("*/pos/sales/:id", pos(({ params }) => {
    const sale = posApi.state.sales.find((x) => x.id === params.id)
    return sale ? HttpResponse.json({ sale }) : HttpResponse.json({ type: "not_found", message: "Sale not found" }, { status: 404 })
  })),
  http.post("*/pos/sales/:id/returns", pos(({ params, body, locale }) => {
    const s = posApi.state
    // `:id` is the sale's id, or (a sale taken offline) its client_id, which may not be here yet.
    const sale = s.sales.find((x) => x.id === params.id || x.client_id === params.id)
    if (!sale && params.id?.startsWith("psale_")) return HttpResponse.json({ type: "not_found", message: "Sale not found" }, { status: 404 })
    if (!sale) return refuse(409, "sale_not_synced", locale === "vi" ? "Đơn bán này chưa lên máy chủ." : "That sale has not reached the server yet.")
    // Lines by variant (an offline return): the sale's line of that variant.
    const lines = (body.lines as { line_item_id?: string; variant_id?: string; quantity: number }[]).map((l) =>
      l.line_item_id ? { line_item_id: l.line_item_id, quantity: l.quantity } : { line_item_id: sale.lines.find((x) => x.variant_id === l.variant_id)?.line_item_id ?? "", quantity: l.quantity })
    const same = s.returns.find((r) => r.client_id === body.client_id)
    if (same) return HttpResponse.json({ return: same, sale }, { status: 200 })
    const days = s.me.settings.return_window_days
    if (Date.now() - new Date(sale.sold_at).getTime() > days * 86_400_000) {
      return refuse(409, "return_window", locale === "vi" ? `Đã quá ${days} ngày kể từ khi bán: không nhận trả hàng.` : `More than ${days} days have passed since the sale: it can no longer be returned.`)
    }
    let amount = 0
    for (const r of lines) {
      const line = sale.lines.find((l) => l.line_item_id === r.line_item_id)
      if (!line || r.quantity > line.quantity - line.returned) {
        return refuse(400, "return_too_many", locale === "vi" ? `Chỉ trả được tối đa ${line ? line.quantity - line.returned : 0} ${line?.title_vi ?? ""}.` : `At most ${line ? line.quantity - line.returned : 0} of ${line?.title_en ?? ""} can be returned.`)
      }
      amount += Math.round((line.total * r.quantity) / line.quantity)
    }
    for (const r of lines) {
      const line = sale.lines.find((l) => l.line_item_id === r.line_item_id)!
      line.returned += r.quantity
      const v = variantOf(line.variant_id)
      if (v) {
        v.variant.available += r.quantity
        posApi.touch({ stock: v.variant.id })
      }
    }
    const open = s.shifts.find((x) => x.status === "open")
    const ret = { id: `pret_${s.returns.length + 1}`, client_id: body.client_id, sale_id: sale.id, lines, amount, refund: body.refund, created_at: new Date().toISOString(), shift_id: open?.id ?? null }
    s.returns.push(ret)
    return HttpResponse.json({ return: ret, sale }, { status: 201 })
  })),
  http.get("*/pos/customers", pos(({ request }) => {
    const q = fold(new URL(request.url).searchParams.get("q") ?? "").replace(/\s+/g, "")
    const customers = q ? posApi.state.customers.filter((c) => fold(`${c.phone ?? ""} ${c.email ?? ""}`).replace(/\s+/g, "").includes(q)) : []
    return HttpResponse.json({ customers })
  })),
  http.post("*/pos/customers", pos(({ body }) => {
    const customer = { id: `cus_${posApi.state.customers.length + 1}`, first_name: body.first_name, last_name: body.last_name, phone: body.phone ?? null, email: body.email ?? null }
    posApi.state.customers.push(customer)
    return HttpResponse.json({ customer }, { status: 201 })
  })),
  http.get("*/pos/reports/day", pos(({ request }) => {
    const q = new URL(request.url).searchParams
    const r = dayReport(q.get("date") ?? hanoiDay(new Date()))
    return q.get("format") === "csv" ? new HttpResponse(csvOf(r), { headers: { "content-type": "text/csv; charset=utf-8" } }) : HttpResponse.json(r)
  })),
  http.get("*/store/ocop/search", async ({ request }) => {
    await note(request)
    if (!request.headers.get("x-publishable-api-key")) return HttpResponse.json({ type: "not_allowed", message: "Publishable API key required" }, { status: 400 })
    const words = fold(new URL(request.url).searchParams.get("q") ?? "").split(/\s+/).filter(Boolean)
    const hits = posApi.state.products
      .filter((p) => words.every((w) => fold(`${p.title_vi} ${p.title_en}`).includes(w)))
      .map((p) => ({
        id: p.id, handle: p.handle, title: p.title_vi, thumbnail: p.thumbnail,
        price: { currency_code: "vnd", amount: Math.min(...p.variants.map((v) => v.price)) },
        ocop: p.stars ? { stars: p.stars } : null, producer: p.producer,
        availability: [{ centre: { handle: "bat-trang" }, available: p.variants.reduce((a, v) => a + v.available, 0) }],
        variants: p.variants.map((v) => ({ id: v.id, title: v.title, sku: v.sku, barcode: v.barcode, price: { amount: v.price } })),
      }))
    return HttpResponse.json({ hits, count: hits.length, limit: 20, offset: 0 })
  }),
]
