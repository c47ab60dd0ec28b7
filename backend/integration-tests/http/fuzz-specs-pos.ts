import fc from "fast-check"
import { ReceiveDelivery } from "../../src/api/producer/middlewares/stock"
import { PosCloseShift, PosCreateCustomer, PosCreateReturn, PosCreateSale, PosOpenShift, PosResolveConflict, PosSalesBatch } from "../../src/api/pos/validators"
import { badBool, badDate, badEnum, badId, badInt, badOptionalText, badText, MISSING, nulText, unknownId, type Breakers, type RouteSpec } from "./fuzz-arbitraries"
import type { Fixtures } from "./fuzz-fixtures"

const not = (...values: unknown[]) => (v: unknown) => !values.includes(v)
/** A client id: 8 to 64 characters once trimmed. */
const badClientId = fc.oneof(badText(64), fc.constantFrom("1234567", "  abc   ", "x".repeat(65)))
const future = "2999-01-01T00:00:00Z"
const badDiscount = fc.constantFrom(
  { kind: "percent", value: 101, reason: "Quá" }, { kind: "percent", value: 50, reason: "Quá hạn mức" }, { kind: "amount", value: -1, reason: "Âm" },
  { kind: "amount", value: 1e308, reason: "Lớn" }, { kind: "free", value: 1, reason: "Lạ" }, { kind: "percent", value: 5, reason: " " },
  { kind: "percent", value: "5", reason: "Chuỗi" }, { kind: "percent", value: 5 }, { kind: "percent", value: 5, reason: "x", extra: 1 }, "10%", [], 10
)

/** A sale's fields each broken by its shape: the validator alone refuses these (also inside a batch). */
function saleShapeBreakers(total: number): Breakers {
  return {
    client_id: badClientId,
    till_id: badText(32),
    shift_id: fc.oneof(badText(64), fc.constantFrom("1234567", "x".repeat(65))),
    receipt_number: fc.oneof(fc.constant(MISSING), fc.constant(null), fc.constantFrom("bt1-000042", "BT1000042", "TOOLONGPX-1", "BT1-", "BT1-1234567890", "' OR 1=1", "BT1-0000\u0000", 42)),
    sold_at: badDate.filter(not(MISSING)),
    lines: fc.constantFrom([], "all", {}, [null], [[]], Array.from({ length: 101 }, () => ({}))),
    "lines.0.variant_id": badId("variant_").filter((v) => typeof v !== "string" || !v.startsWith("variant_")),
    "lines.0.quantity": badInt(1, 999),
    "lines.0.unit_price": badInt(0, 10_000_000_000),
    "lines.0.discount": badDiscount.filter((d: any) => d?.value !== 50 && d?.value !== 1e308),
    "lines.0.sku": fc.constant("not a field"),
    order_discount: badDiscount.filter((d: any) => d?.value !== 50 && d?.value !== 1e308),
    customer_id: fc.oneof(fc.constantFrom(12, "", "customer_1", "CUS_1"), unknownId().filter((v) => typeof v !== "string" || !v.startsWith("cus_"))),
    note: badOptionalText(500),
    payments: fc.constantFrom([], "cash", {}, [null], Array.from({ length: 11 }, () => ({ method: "cash", amount: 0 }))),
    "payments.0.method": badEnum(["cash", "vietqr", "card"]),
    "payments.0.amount": badInt(0, 10_000_000_000),
    "payments.0.tendered": badInt(0, 10_000_000_000).filter(not(MISSING)),
    "payments.0.last4": fc.constant("4242"),
    offline: badBool,
    centre: fc.constant("pho-co-ha-noi"),
    id: fc.constant("psale_01FUZZ"),
    [`payments.1`]: fc.constantFrom({ method: "card", amount: 0, last4: "42", approval_code: "A1" }, { method: "vietqr", amount: total, reference: "x".repeat(65) }),
  }
}

export function posSpecs(f: Fixtures): RouteSpec[] {
  const clerk = "clerk" as const
  const total = f.variant.price
  const sale = {
    client_id: f.newClientId(), till_id: f.till.till, shift_id: f.till.shift, receipt_number: `${f.till.prefix}-999001`,
    lines: [{ variant_id: f.variant.id, quantity: 1, unit_price: f.variant.price }],
    payments: [{ method: "cash", amount: total, tendered: total }],
  }
  // Over the centre's offline limit (10 000 000 ₫): refused even offline, where stock never refuses.
  const overLimit = Math.min(999, Math.floor(10_000_000 / f.variant.price) + 1)
  const saleRuleBreakers: Breakers = {
    shift_id: fc.constantFrom("pshift_01FUZZNOTHING", "FUZZ-NO-SUCH-SHIFT"),
    sold_at: fc.constant(future),
    "lines.0.variant_id": fc.constantFrom("variant_01FUZZNOTHING", "variant_", `${f.variant.id}x`),
    "lines.0.quantity": fc.constantFrom(2, 999).filter((q) => q > f.variant.available || q === 2),
    "lines.0.unit_price": fc.constantFrom(f.variant.price + 1, f.variant.price - 1, 0),
    "lines.0.discount": fc.constantFrom({ kind: "percent", value: 50, reason: "Quá hạn mức" }, { kind: "amount", value: 1e15, reason: "Lớn" }),
    customer_id: fc.constantFrom("cus_01FUZZNOTHING", "cus_"),
    note: nulText,
    "payments.0.amount": fc.constantFrom(total - 1, total + 1),
    "payments.0.tendered": fc.constant(total - 1),
    ...(overLimit * f.variant.price > 10_000_000
      ? { "+offline-over-limit": fc.constant({ offline: true, lines: [{ ...sale.lines[0], quantity: overLimit }], payments: [{ method: "cash", amount: overLimit * total }] }) }
      : {}),
  }
  const shapes = saleShapeBreakers(total)
  const allSale: Breakers = Object.fromEntries(
    [...new Set([...Object.keys(shapes), ...Object.keys(saleRuleBreakers)])].map((k) => [k, fc.oneof(...[shapes[k], saleRuleBreakers[k]].filter((a): a is fc.Arbitrary<unknown> => !!a))])
  )
  const batchBreakers: Breakers = {
    sales: fc.constantFrom([], "all", {}, [null], Array.from({ length: 51 }, () => sale)),
    ...Object.fromEntries(Object.entries(shapes).map(([k, a]) => [`sales.0.${k}`, a])),
    "sales.1": fc.constant({ ...sale, lines: [] }),
  }
  const giveBack = { client_id: f.newClientId(), shift_id: f.till.shift, lines: [{ line_item_id: f.sale.line_item_id, quantity: 1 }], refund: "cash" }
  const returnBreakers: Breakers = {
    client_id: badClientId,
    shift_id: fc.oneof(fc.constantFrom(MISSING, null, "pshift_01FUZZNOTHING", "FUZZ-NO-SUCH-SHIFT", "1234567", 42)),
    lines: fc.constantFrom([], "all", {}, [null], [{}]),
    "lines.0.line_item_id": fc.oneof(badId(), fc.constantFrom("ordli_01FUZZNOTHING")),
    "lines.0.quantity": fc.oneof(badInt(1), fc.constantFrom(2, 3, 999)),
    "lines.0.variant_id": fc.constant(f.variant.id),
    refund: badEnum(["cash", "original"]),
    note: fc.oneof(badOptionalText(500), nulText),
    offline: badBool,
    returned_at: badDate.filter(not(MISSING, null)),
    "+offline-future": fc.constantFrom({ offline: true, returned_at: future }, { offline: true, returned_at: "2000-01-01T00:00:00Z" }),
  }
  const openShift = { client_id: f.newClientId(), till_id: "FUZZ-2", opening_float: 500_000, offline: true, opened_at: new Date(Date.now() - 3_600_000).toISOString() }
  const shiftBreakers: Breakers = {
    client_id: badClientId,
    till_id: fc.oneof(badText(32), fc.constant(f.till.till)),
    opening_float: badInt(0, 10_000_000_000),
    opened_at: fc.oneof(badDate.filter(not(MISSING)), fc.constant(future)),
    offline: badBool,
    centre_id: fc.constant(f.centre.id),
  }
  const counted = { counted: { "500000": 1, "10000": 3 } }
  const countedBreakers: Breakers = {
    counted: fc.constantFrom(MISSING, null, [], "500000", 5, { abc: 1 }, { "": 1 }, { "-5": 1 }, { "1e3": 1 }, { "500000": -1 }, { "500000": 1.5 }, { "500000": 100_001 }, { "500000": "2" }),
    "counted.500000": badInt(0, 100_000).filter(not(MISSING)),
    "counted.five": fc.constant(1),
    note: fc.constant("closing"),
  }
  const customer = { first_name: "Khách", last_name: "Thử", phone: "0900 000 001" }
  const customerBreakers: Breakers = {
    first_name: fc.oneof(badText(100), nulText), last_name: fc.oneof(badText(100), nulText),
    phone: fc.oneof(fc.constant(MISSING), fc.constant(null), fc.constantFrom("12", "abc-def-ghij", `+84 ${"9".repeat(30)}`, 900000001, "0900\u0000000001", "")),
    email: fc.constantFrom("not-an-email", "a@", "@b.vn", 12, "a b@c.vn", `${"x".repeat(10_000)}@example.com`),
    metadata: fc.constant({ vip: true }),
  }
  const receive = { lines: [{ variant_id: f.producerVariant.id, received_quantity: 2 }] }
  const dateQuery = fc.constantFrom("yesterday", "2026-13-45", "2026-02-30", "12/02/2026", "2026-1-1", "", " ", "2026-12-02T00:00:00Z", "9999999-01-01", "NaN")
  // What no date parser reads as a day (an empty value is no filter at all).
  const notADate = fc.constantFrom("yesterday", "2026-13-45", "NaN", "not a date", " ", "9999999-99-99")
  return [
    { method: "GET", path: "/pos/catalogue", actor: clerk, query: { known: ["since"], breakers: { since: fc.constantFrom("yesterday", "2026-13-01T00:00:00Z", "", "0", "NaN", "2026-12-02") } } },
    { method: "GET", path: "/pos/conflicts", actor: clerk, query: { known: ["status"], breakers: { status: badEnum(["open", "resolved", "all"]).filter((v) => typeof v === "string") } } },
    {
      method: "POST", path: `/pos/conflicts/${f.sale.id}/resolve`, param: f.sale.id, actor: clerk,
      body: { note: "Đã kiểm kho." }, schema: PosResolveConflict, breakers: { note: fc.oneof(badText(1000), nulText) },
    },
    { method: "GET", path: "/pos/customers", actor: clerk, query: { known: ["q"], breakers: { q: fc.constantFrom("", "a", "abc", "  ab  ", "%%", "__") } } },
    { method: "POST", path: "/pos/customers", actor: clerk, body: customer, schema: PosCreateCustomer, breakers: customerBreakers },
    { method: "GET", path: "/pos/deliveries", actor: clerk },
    {
      method: "POST", path: `/pos/deliveries/${f.deliveries.proposed}/receive`, param: f.deliveries.proposed, actor: clerk, body: receive, schema: ReceiveDelivery,
      breakers: { lines: fc.constantFrom("all", {}, [null], [1], null), "lines.0.variant_id": badId(), "lines.0.received_quantity": badInt(0, 100_000), "lines.0.quantity": fc.constant(2) },
    },
    { method: "GET", path: "/pos/me", actor: clerk },
    { method: "GET", path: "/pos/reports/day", actor: clerk, query: { known: ["date", "format"], breakers: { date: dateQuery } } },
    { method: "GET", path: "/pos/sales", actor: clerk, query: { known: ["receipt", "q", "from", "to", "limit", "offset"], breakers: { from: notADate, to: notADate } } },
    { method: "POST", path: "/pos/sales", actor: clerk, body: sale, schema: PosCreateSale, breakers: allSale },
    { method: "POST", path: "/pos/sales/batch", actor: clerk, body: { sales: [sale] }, schema: PosSalesBatch, breakers: batchBreakers },
    { method: "GET", path: `/pos/sales/${f.sale.id}`, param: f.sale.id, actor: clerk },
    { method: "POST", path: `/pos/sales/${f.sale.id}/returns`, param: f.sale.id, actor: clerk, body: giveBack, schema: PosCreateReturn, breakers: returnBreakers },
    { method: "POST", path: "/pos/shifts", actor: clerk, body: openShift, schema: PosOpenShift, breakers: shiftBreakers },
    { method: "GET", path: "/pos/shifts/current", actor: clerk, query: { known: ["till_id"] } },
    { method: "POST", path: `/pos/shifts/${f.till.shift}/close`, param: f.till.shift, actor: clerk, body: counted, schema: PosCloseShift, breakers: countedBreakers },
    { method: "GET", path: `/pos/shifts/${f.till.shift}/report`, param: f.till.shift, actor: clerk },
  ]
}
