import fc from "fast-check"
import {
  AdminCreateCentre,
  AdminCreateProducer,
  AdminCreateVillage,
  AdminSetProductOcop,
  AdminUpdateCentre,
  AdminUpdateProducer,
  AdminUpdateVillage,
} from "../../src/api/admin/ocop/validators"
import { AdminInviteProducerLogin } from "../../src/api/producer/middlewares/access"
import { AdminApproveListing, AdminRejectListing } from "../../src/api/producer/middlewares/listings"
import { ReceiveDelivery } from "../../src/api/producer/middlewares/stock"
import { PosResolveConflict } from "../../src/api/pos/validators"
import { CENTRE_KINDS, ISSUING_LEVELS, PRODUCER_TYPES, PRODUCT_GROUPS } from "../../src/modules/ocop/lib/vocabulary"
import { badDate, badEnum, badId, badInt, badOptionalText, badText, MISSING, notString, nulText, unknownId, type RouteSpec } from "./fuzz-arbitraries"
import type { Fixtures } from "./fuzz-fixtures"

const not = (...values: unknown[]) => (v: unknown) => !values.includes(v)
/** A handle the OCOP rule refuses (ASCII slug only), or one another record already has. */
const badHandle = (taken: string) => fc.oneof(badText(), fc.constantFrom("Bát Tràng", "bat_trang", "-bat", "bat--trang", "BAT", "a b", taken))
/** A date the certificate rule must refuse, including ones that only look like dates. */
const badCertDate = fc.oneof(badDate.filter(not("2026-12-02", "2026-12-02T10:00:00")), fc.constantFrom("9999-99-99", "2026-02-30", "2026-04-31", "2025-02-29", "2026-00-10", "2026-12-02junk"))
const certification = { stars: 4, group: "handicraft", decision_number: "1234/QĐ-UBND", issuing_level: "city", issue_date: "2026-01-10" }
const certBreakers = (prefix: string) => ({
  [`${prefix}stars`]: fc.oneof(badInt(3, 5), fc.constantFrom(0, 1, 2, 6, 10, -4)),
  [`${prefix}group`]: badEnum(PRODUCT_GROUPS),
  [`${prefix}issuing_level`]: badEnum(ISSUING_LEVELS),
  [`${prefix}decision_number`]: badText(),
  [`${prefix}issue_date`]: badCertDate,
  // Before any issue date, stored or given.
  [`${prefix}expiry_date`]: fc.oneof(badCertDate.filter((d) => d !== MISSING && d !== null), fc.constant("1900-01-01")),
})

export function adminSpecs(f: Fixtures): RouteSpec[] {
  const admin = "admin" as const
  const centre = { handle: "fuzz-centre", name_vi: "Điểm bán thử", name_en: "Fuzz point", kind: "sales_point", commune: "Hoàn Kiếm", address: "1 Hàng Gai" }
  const centreBreakers = {
    handle: badHandle(f.centre.handle),
    name_vi: badText(), name_en: badText(), commune: badText(), address: badText(),
    kind: badEnum(CENTRE_KINDS),
    latitude: fc.oneof(fc.constantFrom(90.5, -91, 1e308, "21.0"), fc.boolean()),
    longitude: fc.oneof(fc.constantFrom(180.5, -181, -1e308, "105.8"), fc.boolean()),
    stars: fc.oneof(badInt(3, 5).filter((v) => v !== MISSING && v !== null), fc.constantFrom(0, 2, 6)),
    phone: notString,
    bank_bin: fc.constantFrom("000000", "abc", "97043"),
    pos_offline_max_sale_amount: badInt(0, 10_000_000_000).filter((v) => v !== MISSING),
    pos_offline_max_queued_sales: badInt(1, 10_000).filter((v) => v !== MISSING),
    commission_percent: badInt(0, 100).filter((v) => v !== MISSING && v !== null),
    address_line: fc.constant("an unknown field"),
  }
  const partial = (breakers: Record<string, fc.Arbitrary<unknown>>) =>
    Object.fromEntries(Object.entries(breakers).map(([k, a]) => [k, a.filter((v) => v !== MISSING)]))
  const village = { handle: "fuzz-village", name: "Làng thử", craft_vi: "Gốm", craft_en: "Pottery", commune: "Bát Tràng" }
  const villageBreakers = {
    handle: badHandle("van-phuc"), name: badText(), craft_vi: badText(), craft_en: badText(), commune: badText(),
    story_vi: fc.oneof(fc.constantFrom(1, true, [], {}), nulText),
  }
  const producer = { handle: "fuzz-producer", legal_name: "HTX Thử", type: "household", tax_code: "0101234567" }
  const producerBreakers = {
    handle: badHandle("htx-lua-van-phuc"), legal_name: badText(), type: badEnum(PRODUCER_TYPES),
    tax_code: fc.oneof(fc.constant(MISSING), fc.constant(null), fc.constantFrom("", "123", "01012345678", "0101234567-12", "abcdefghij", 101234567)),
    village_id: unknownId("vil_"),
    email: fc.constantFrom("not-an-email", "a@", "@b.vn", 12, "a b@c.vn"),
    representative: nulText,
  }
  const receive = { lines: [{ variant_id: f.producerVariant.id, received_quantity: 2 }] }
  const receiveBreakers = {
    lines: fc.constantFrom("all", {}, [null], [1], null),
    "lines.0.variant_id": badId(),
    "lines.0.received_quantity": badInt(0, 100_000),
    "lines.1": fc.constant({ variant_id: f.producerVariant.id, received_quantity: 1 }),
    "lines.0.quantity": fc.constant(2),
  }
  const noteBreakers = { note: fc.oneof(badText(1000), nulText) }
  return [
    { method: "GET", path: "/admin/ocop/centres", actor: admin },
    { method: "POST", path: "/admin/ocop/centres", actor: admin, body: centre, schema: AdminCreateCentre, breakers: centreBreakers },
    { method: "GET", path: `/admin/ocop/centres/${f.centre.id}`, param: f.centre.id, actor: admin },
    {
      method: "POST", path: `/admin/ocop/centres/${f.otherCentre.id}`, param: f.otherCentre.id, actor: admin,
      body: { name_en: "Ba Vi sales point" }, schema: AdminUpdateCentre, breakers: partial(centreBreakers),
    },
    // A centre that holds stock cannot be deleted: every case aims at one.
    { method: "DELETE", path: `/admin/ocop/centres/${f.centre.id}`, param: f.centre.id, actor: admin },
    { method: "GET", path: "/admin/ocop/certifications", actor: admin, query: { known: ["status"], breakers: { status: badEnum(["valid", "expiring", "expired", "withdrawn"]) } } },
    {
      method: "GET", path: "/admin/ocop/deliveries", actor: admin,
      query: { known: ["status", "centre"], breakers: { status: badEnum(["proposed", "received", "cancelled", "all"]), centre: fc.constantFrom("", " ") } },
    },
    {
      method: "POST", path: `/admin/ocop/deliveries/${f.deliveries.proposed}/receive`, param: f.deliveries.proposed, actor: admin,
      body: receive, schema: ReceiveDelivery, breakers: receiveBreakers,
    },
    { method: "GET", path: "/admin/ocop/listings", actor: admin, query: { known: ["status"], breakers: { status: badEnum(["draft", "submitted", "approved", "rejected"]) } } },
    { method: "GET", path: `/admin/ocop/listings/${f.listings.submitted}`, param: f.listings.submitted, actor: admin },
    {
      method: "POST", path: `/admin/ocop/listings/${f.listings.submitted}/approve`, param: f.listings.submitted, actor: admin,
      body: { comment: "Đạt.", certification }, schema: AdminApproveListing,
      breakers: { comment: badOptionalText(2000), certification: fc.constantFrom("4 stars", [], 4, {}), ...certBreakers("certification.") },
    },
    {
      method: "POST", path: `/admin/ocop/listings/${f.listings.submitted}/reject`, param: f.listings.submitted, actor: admin,
      body: { comment: "Thiếu ảnh sản phẩm." }, schema: AdminRejectListing, breakers: { comment: fc.oneof(badText(2000), nulText) },
    },
    {
      method: "GET", path: "/admin/ocop/pos-conflicts", actor: admin,
      query: { known: ["status", "centre"], breakers: { status: badEnum(["open", "resolved", "all"]), centre: fc.constantFrom("", "  ") } },
    },
    // The sale has no conflict: a valid note is refused (404) too.
    {
      method: "POST", path: `/admin/ocop/pos-conflicts/${f.sale.id}/resolve`, param: f.sale.id, actor: admin,
      body: { note: "Đã kiểm kho." }, schema: PosResolveConflict, breakers: noteBreakers,
    },
    { method: "GET", path: "/admin/ocop/producers", actor: admin },
    { method: "POST", path: "/admin/ocop/producers", actor: admin, body: producer, schema: AdminCreateProducer, breakers: producerBreakers },
    { method: "GET", path: `/admin/ocop/producers/${f.producer.id}`, param: f.producer.id, actor: admin },
    {
      method: "POST", path: `/admin/ocop/producers/${f.producer.id}`, param: f.producer.id, actor: admin,
      body: { representative: "Nguyễn Văn Thịnh" }, schema: AdminUpdateProducer, breakers: partial(producerBreakers),
    },
    // A producer with products cannot be deleted.
    { method: "DELETE", path: `/admin/ocop/producers/${f.producer.id}`, param: f.producer.id, actor: admin },
    {
      method: "POST", path: `/admin/ocop/producers/${f.producer.id}/invites`, param: f.producer.id, actor: admin,
      body: { email: "fuzz-invitee@example.com" }, schema: AdminInviteProducerLogin,
      breakers: { email: fc.oneof(badText(), fc.constantFrom("not-an-email", "a@", "@b.vn", "a b@c.vn", "a@b@c.vn", `${"x".repeat(10_000)}@example.com`, "a\u0000@b.vn")) },
    },
    { method: "GET", path: `/admin/ocop/producers/${f.producer.id}/members`, param: f.producer.id, actor: admin },
    { method: "GET", path: `/admin/ocop/products/${f.variant.product_id}`, param: f.variant.product_id, actor: admin },
    {
      method: "POST", path: `/admin/ocop/products/${f.variant.product_id}`, param: f.variant.product_id, actor: admin,
      body: { producer_id: f.productProducer }, schema: AdminSetProductOcop,
      breakers: {
        producer_id: unknownId("prod_"), village_id: unknownId("vil_"), certification: fc.constantFrom("4 stars", [], 4),
        ...Object.fromEntries(Object.entries(certBreakers("certification.")).map(([k, a]) => [k, a.filter((v) => v !== MISSING)])),
      },
    },
    { method: "GET", path: "/admin/ocop/villages", actor: admin },
    { method: "POST", path: "/admin/ocop/villages", actor: admin, body: village, schema: AdminCreateVillage, breakers: villageBreakers },
    { method: "GET", path: `/admin/ocop/villages/${f.producer.village_id}`, param: f.producer.village_id, actor: admin },
    {
      method: "POST", path: `/admin/ocop/villages/${f.producer.village_id}`, param: f.producer.village_id, actor: admin,
      body: { craft_en: "Ceramics" }, schema: AdminUpdateVillage, breakers: partial(villageBreakers),
    },
    // A village with producers cannot be deleted.
    { method: "DELETE", path: `/admin/ocop/villages/${f.producer.village_id}`, param: f.producer.village_id, actor: admin },
  ]
}
