import fc from "fast-check"
import { z } from "@medusajs/framework/zod"
import { AcceptProducerInvite } from "../../src/api/producer/middlewares/access"
import { ProducerListingBody } from "../../src/api/producer/middlewares/listings"
import { ProducerProposeDelivery } from "../../src/api/producer/middlewares/stock"
import { VietQrBankNotification } from "../../src/api/hooks/ocop/vietqr/validators"
import { badDate, badEnum, badId, badInt, badOptionalText, badText, MISSING, nulText, unknownId, type Breakers, type RouteSpec } from "./fuzz-arbitraries"
import { listingBody, type Fixtures } from "./fuzz-fixtures"

const not = (...values: unknown[]) => (v: unknown) => !values.includes(v)
const badUrl = fc.constantFrom("not a url", "", "javascript:alert(1)x", "http//x", 42, null, "/static/a.png")
/** A Stripe event the route must refuse: no string id or type (a signed one with both is Stripe's to send). */
const StripeEventShape = z.object({ id: z.string().min(1), type: z.string().min(1) })

export function producerSpecs(f: Fixtures): RouteSpec[] {
  const producer = "producer" as const
  const listingBreakers = (sku: string): Breakers => ({
    product_id: fc.oneof(unknownId("prod_"), fc.constant(f.variant.product_id)),
    title_vi: fc.oneof(badText(200), nulText), title_en: badText(200),
    description_vi: fc.oneof(badText(5000), nulText), description_en: badText(5000),
    images: fc.oneof(fc.constantFrom(null, "a.png", {}, Array.from({ length: 11 }, (_, i) => `https://x.vn/${i}.png`)), badUrl.map((u) => [u])),
    variants: fc.constantFrom([], null, {}, "v", Array.from({ length: 21 }, (_, i) => ({ title: `T${i}`, sku: `FUZZ-V-${i}`, price: 1 }))),
    "variants.0.title": badText(120),
    "variants.0.sku": fc.oneof(badText(), fc.constantFrom("-abc", "a b", "Đ-1", "x".repeat(65), "A/B", "FUZZ-DRAFT-1\u0000")),
    "variants.0.barcode": fc.oneof(fc.constantFrom("1234567", "123456789012345", "abcdefgh", 8930000000017, ""), fc.constantFrom("8930000000018", "12345670x")),
    "variants.0.price": badInt(1, 10_000_000_000).filter((v) => typeof v !== "number" || v < 1 || !Number.isSafeInteger(v)),
    "variants.0.stars": fc.constant(5),
    // A second variant repeating the first one's title, or its SKU.
    "variants.1": fc.constantFrom({ title: "Nhỏ", sku: "FUZZ-OTHER", price: 1 }, { title: "Khác", sku, price: 1 }),
    certificate: fc.constantFrom("cert.pdf", [], { url: "https://x.vn/c.pdf", filename: "c.pdf", mime_type: "application/zip", size: 10 }, { url: "https://x.vn/c.pdf", filename: "c.pdf", mime_type: "application/pdf", size: -1 }),
    stars: fc.constantFrom(5, "5"), group: fc.constant("food"), decision_number: fc.constant("1/QĐ"), issue_date: fc.constant("2026-01-01"),
  })
  const delivery = { centre: f.centre.handle, lines: [{ variant_id: f.producerVariant.id, quantity: 2 }], note: "Giao sáng" }
  const deliveryBreakers: Breakers = {
    centre: fc.oneof(badText(), fc.constantFrom("nowhere", "PHO-CO-HA-NOI", f.centre.id)),
    lines: fc.constantFrom([], null, {}, "all", Array.from({ length: 101 }, (_, i) => ({ variant_id: `v${i}`, quantity: 1 }))),
    "lines.0.variant_id": fc.oneof(badId(), fc.constant(f.variant.id)),
    "lines.0.quantity": badInt(1, 100_000),
    "lines.1": fc.constant({ variant_id: f.producerVariant.id, quantity: 1 }),
    note: fc.oneof(badOptionalText(1000), nulText),
    status: fc.constant("received"),
  }
  const day = fc.constantFrom("2026-13-01", "2026-02-30", "yesterday", "2026-1-1", "", "2026-12-02T00:00:00Z", "NaN")
  return [
    { method: "GET", path: "/producer/deliveries", actor: producer, query: { known: ["status"], breakers: { status: badEnum(["proposed", "received", "cancelled", "all"]) } } },
    { method: "POST", path: "/producer/deliveries", actor: producer, body: delivery, schema: ProducerProposeDelivery, breakers: deliveryBreakers },
    // Already cancelled: whatever comes with it, it cannot be cancelled again.
    { method: "POST", path: `/producer/deliveries/${f.deliveries.cancelled}/cancel`, param: f.deliveries.cancelled, actor: producer },
    { method: "GET", path: "/producer/listings", actor: producer, query: { known: ["status"], breakers: { status: badEnum(["draft", "submitted", "approved", "rejected"]) } } },
    { method: "POST", path: "/producer/listings", actor: producer, body: listingBody("FUZZ-NEW-1"), schema: ProducerListingBody, breakers: listingBreakers("FUZZ-NEW-1") },
    { method: "GET", path: `/producer/listings/${f.listings.draft}`, param: f.listings.draft, actor: producer },
    {
      method: "POST", path: `/producer/listings/${f.listings.draft}`, param: f.listings.draft, actor: producer,
      body: listingBody("FUZZ-EDIT-1"), schema: ProducerListingBody, breakers: listingBreakers("FUZZ-EDIT-1"),
    },
    // Submitted: neither deleted nor submitted again.
    { method: "DELETE", path: `/producer/listings/${f.listings.submitted}`, param: f.listings.submitted, actor: producer },
    { method: "POST", path: `/producer/listings/${f.listings.submitted}/submit`, param: f.listings.submitted, actor: producer },
    { method: "GET", path: "/producer/me", actor: producer },
    { method: "GET", path: "/producer/products", actor: producer },
    { method: "GET", path: `/producer/products/${f.variant.product_id}`, param: f.variant.product_id, actor: producer },
    { method: "GET", path: "/producer/sales", actor: producer, query: { known: ["from", "to"], breakers: { from: day, to: day } } },
    { method: "GET", path: "/producer/statements/2026-11", param: "2026-11", actor: producer, query: { known: ["format"], breakers: { format: fc.constantFrom("xml", "", "PDF", "json ") } } },
    { method: "GET", path: "/producer/stock", actor: producer },
    // JSON is not a multipart upload: no files, whatever the kind (and a kind is needed).
    {
      method: "POST", path: "/producer/uploads", actor: producer,
      query: { known: ["kind"], breakers: { kind: fc.constantFrom("", "pdf", "IMAGE", "__proto__", "constructor", "toString", "hasOwnProperty", "image", "certificate") } },
    },
    {
      method: "POST", path: "/producer-invites/accept", actor: "anonymous", body: { token: f.inviteToken, password: "mat-khau-moi-123" }, schema: AcceptProducerInvite,
      breakers: {
        token: fc.oneof(badText(200), fc.constantFrom("not-the-token", `${f.inviteToken}x`, f.inviteToken.toUpperCase(), f.inviteToken.slice(1))),
        password: fc.oneof(fc.constant(MISSING), fc.constant(null), fc.constantFrom("", "short", "1234567", "x".repeat(201), 12345678, ["12345678"])),
        email: fc.constant("someone@example.com"),
      },
    },
  ]
}

export function publicSpecs(f: Fixtures): RouteSpec[] {
  const store = "store" as const
  const notice = { id: "FUZZ-TX-1", amount: 100_000, description: "CK khong co ma" }
  return [
    { method: "GET", path: "/health/search", actor: "anonymous" },
    { method: "POST", path: "/hooks/ocop/stripe", actor: "anonymous", schema: StripeEventShape, sign: "stripe" },
    {
      method: "POST", path: "/hooks/ocop/vietqr", actor: "anonymous", body: notice, schema: VietQrBankNotification, sign: "vietqr",
      breakers: {
        id: badText(100), amount: badInt(1), description: fc.oneof(fc.constant(MISSING), fc.constant(null), fc.constantFrom(1, [], "x".repeat(501))),
        account_number: fc.constantFrom(1, null, [], {}), paid_at: badDate.filter(not(MISSING)), order_id: fc.constant("order_1"),
      },
    },
    { method: "GET", path: "/store/ocop/carts/cart_01FUZZNOTHING/centres", param: "cart_01FUZZNOTHING", actor: store },
    { method: "GET", path: "/store/ocop/centres", actor: store },
    { method: "GET", path: `/store/ocop/centres/${f.centre.handle}`, param: f.centre.handle, actor: store },
    { method: "GET", path: `/store/ocop/orders/${f.order}/centre`, param: f.order, actor: store },
    { method: "GET", path: "/store/ocop/producers/htx-gom-su-bat-trang", param: "htx-gom-su-bat-trang", actor: store },
    { method: "GET", path: `/store/ocop/receipts/${f.receipt}`, param: f.receipt, actor: store, query: { known: ["t"], breakers: { t: fc.constantFrom("", "x", "0".repeat(64), "a".repeat(10_000)) } } },
    {
      method: "GET", path: "/store/ocop/search", actor: store,
      query: {
        known: ["q", "centre", "village", "producer", "stars", "group", "price_min", "price_max", "in_stock_at", "certified", "sort", "facets", "limit", "offset"],
        breakers: {
          q: fc.constant("x".repeat(201)), centre: fc.constantFrom("Bat Trang", "a_b"), stars: fc.constantFrom("2", "6", "4.5", "x"), group: fc.constant("toys"),
          price_min: fc.constantFrom("-1", "1.5", "abc"), certified: fc.constantFrom("yes", "1"), sort: fc.constant("random"), facets: fc.constant("colour"),
          limit: fc.constantFrom("0", "101", "-1", "1e9", "NaN"), offset: fc.constantFrom("-1", "10001", "1.5"), in_stock_at: fc.constant("Ha Noi"), colour: fc.constant("red"),
        },
      },
    },
    { method: "GET", path: "/store/ocop/vietqr/payses_01FUZZNOTHING", param: "payses_01FUZZNOTHING", actor: store },
    { method: "GET", path: "/store/ocop/villages", actor: store },
    { method: "GET", path: "/store/ocop/villages/bat-trang", param: "bat-trang", actor: store },
  ]
}
