import { z } from "@medusajs/framework/zod"

/** Shapes of the till's bodies (docs/pos-api.md). Amounts are whole đồng. */
const dong = z.number().int().min(0).max(10_000_000_000)
const clientId = z.string().trim().min(8).max(64)
const tillId = z.string().trim().min(1).max(32)
/** A shift's id, or the client id of one the till opened offline (lib/pos/shift-ref.ts). */
const shiftRef = z.string().trim().min(8).max(64)

const discount = z
  .object({
    kind: z.enum(["percent", "amount"]),
    value: z.number().min(0),
    reason: z.string().trim().min(1, "reason").max(200),
  })
  .strict()
  .refine((d) => d.kind !== "percent" || d.value <= 100, { message: "a percent discount is at most 100", path: ["value"] })

const payment = z.discriminatedUnion("method", [
  z.object({ method: z.literal("cash"), amount: dong, tendered: dong.optional() }).strict(),
  z.object({ method: z.literal("vietqr"), amount: dong, reference: z.string().trim().max(64).optional() }).strict(),
  z
    .object({ method: z.literal("card"), amount: dong, last4: z.string().regex(/^\d{4}$/, "last4"), approval_code: z.string().trim().min(2).max(20) })
    .strict(),
])

export const PosCreateSale = z
  .object({
    client_id: clientId,
    till_id: tillId,
    shift_id: shiftRef,
    receipt_number: z.string().trim().regex(/^[A-Z0-9]{1,8}-\d{1,9}$/, "a till prefix and a number, e.g. BT1-000042"),
    sold_at: z.string().datetime({ offset: true }).optional(),
    lines: z
      .array(
        z
          .object({
            variant_id: z.string().startsWith("variant_"),
            quantity: z.number().int().min(1).max(999),
            unit_price: dong,
            discount: discount.nullish(),
          })
          .strict()
      )
      .min(1)
      .max(100),
    order_discount: discount.nullish(),
    customer_id: z.string().startsWith("cus_").nullish(),
    note: z.string().trim().max(500).nullish(),
    payments: z.array(payment).min(1).max(10),
    /** Made while the till was offline: kept even if the centre's stock is short (a conflict). */
    offline: z.boolean().default(false),
  })
  .strict()

/** A till's queue of sales, sent in order (POST /pos/sales/batch): each exactly a POST /pos/sales body. */
export const PosSalesBatch = z.object({ sales: z.array(PosCreateSale).min(1, "at least one sale").max(50, "at most 50 sales") }).strict()

export const PosOpenShift = z
  .object({
    client_id: clientId,
    till_id: tillId,
    opening_float: dong,
    /** Opened while the till was offline: when it was, as the till recorded it (not in the future). */
    opened_at: z.string().datetime({ offset: true }).optional(),
    offline: z.boolean().default(false),
  })
  .strict()

export const PosCloseShift = z
  .object({ counted: z.record(z.string().regex(/^\d+$/, "face value in đồng"), z.number().int().min(0).max(100_000)) })
  .strict()

const quantity = z.number().int().min(1)
/** A line names one of the sale's order items, or a variant (a return taken offline, before the till knew the items). */
const returnLine = z.union([
  z.object({ line_item_id: z.string().min(1), quantity }).strict(),
  z.object({ variant_id: z.string().startsWith("variant_"), quantity }).strict(),
])

export const PosCreateReturn = z
  .object({
    client_id: clientId,
    shift_id: shiftRef.nullish(),
    lines: z.array(returnLine).min(1),
    refund: z.enum(["cash", "original"]),
    note: z.string().trim().max(500).nullish(),
    offline: z.boolean().default(false),
    /** When the goods came back, as the till recorded it (not in the future, not before the sale). */
    returned_at: z.string().datetime({ offset: true }).nullish(),
  })
  .strict()

/**
 * GET /pos/sales: each parameter given once; `from` and `to` are ISO dates or date-times (an
 * unreadable one reached the database as an invalid date: a 500, found by the route fuzz).
 */
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "expected an ISO date such as 2026-12-02, or a date-time such as 2026-12-02T08:00:00+07:00",
})
const once = z.string({ error: "give this parameter once" })
export const PosListSales = z.object({
  receipt: once.max(64).optional(),
  q: once.max(200).optional(),
  from: instant.optional(),
  to: instant.optional(),
  limit: once.optional(),
  offset: once.optional(),
})

export const PosListConflicts = z.object({ status: z.enum(["open", "resolved", "all"]).default("open") })
/** `since`: the `at` of an earlier catalogue answer; without it (or older than a week) the answer is full. */
export const PosCatalogueQuery = z.object({ since: z.string().datetime({ offset: true, message: "since must be the `at` of an earlier answer, an ISO date-time" }).optional() })
export const PosResolveConflict = z.object({ note: z.string().trim().min(1).max(1000).transform((s) => s.normalize("NFC")) }).strict()

export const PosCreateCustomer = z
  .object({
    first_name: z.string().trim().min(1).max(100),
    last_name: z.string().trim().min(1).max(100),
    phone: z.string().trim().regex(/^\+?[0-9 ().-]{8,20}$/, "phone").nullish(),
    // The longest address mail can carry (RFC 5321); longer ones were stored (found by the route fuzz).
    email: z.string().trim().toLowerCase().email().max(254).nullish(),
  })
  .strict()
  .refine((c) => c.phone || c.email, { message: "a phone number or an e-mail", path: ["phone"] })
