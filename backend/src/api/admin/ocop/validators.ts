import { z } from "@medusajs/framework/zod"
import { CENTRE_KINDS, PRODUCER_TYPES } from "../../../modules/ocop/lib/vocabulary"

/**
 * Shapes of the admin OCOP bodies. These check types only; the OCOP rules themselves (stars,
 * national 5★, dates, tax codes, unique handles) live in the workflows, so every caller gets them.
 */
const text = z.string().trim().min(1)
const optionalText = z.string().trim().nullish()
const NFC = (s: string) => s.normalize("NFC")

const centreFields = {
  handle: text,
  name_vi: text.transform(NFC),
  name_en: text,
  kind: z.enum(CENTRE_KINDS),
  commune: text.transform(NFC),
  former_district: optionalText,
  province: text.optional(),
  address: text.transform(NFC),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  opening_hours: optionalText,
  phone: optionalText,
  stars: z.number().int().nullish(),
  description_vi: optionalText,
  description_en: optionalText,
  // Checked as an account (known bank, format) by the centre rule in the workflow.
  bank_bin: optionalText,
  bank_account_number: z.string().trim().toUpperCase().nullish(),
  bank_account_name: z.string().trim().toUpperCase().nullish(),
  // What a till here may do offline (lib/pos/offline-limits.ts).
  pos_offline_max_sale_amount: z.number().int().min(0).max(10_000_000_000).optional(),
  pos_offline_max_queued_sales: z.number().int().min(1).max(10_000).optional(),
  // Null goes back to the server's default (lib/producer-sales/statement.ts).
  commission_percent: z.number().int().min(0).max(100).nullish(),
}
export const AdminCreateCentre = z.object(centreFields).strict()
export const AdminUpdateCentre = z.object(centreFields).partial().strict()

const villageFields = {
  handle: text,
  name: text.transform(NFC),
  craft_vi: text,
  craft_en: text,
  commune: text.transform(NFC),
  former_district: optionalText,
  story_vi: optionalText,
  story_en: optionalText,
}
export const AdminCreateVillage = z.object(villageFields).strict()
export const AdminUpdateVillage = z.object(villageFields).partial().strict()

const producerFields = {
  handle: text,
  legal_name: text.transform(NFC),
  type: z.enum(PRODUCER_TYPES),
  tax_code: z.string().trim(),
  // An empty string is no id: it slipped past the workflow's existence check into the database (a 500).
  village_id: z.string().min(1).nullish(),
  representative: optionalText,
  phone: optionalText,
  email: z.string().email().max(254).nullish(),
  story_vi: optionalText,
  story_en: optionalText,
}
export const AdminCreateProducer = z.object(producerFields).strict()
export const AdminUpdateProducer = z.object(producerFields).partial().strict()

/**
 * A calendar day (2025-03-31) or an ISO date-time. Only a prefix was checked before, and a Date
 * reads "2026-02-30" as 2 March and "2026-12-02junk" as 12 June (found by the route fuzz).
 */
const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: "must be a date such as 2025-03-31" })

/** A certificate as staff record it (here, and when approving a producer's listing). */
export const CertificationFields = z
  .object({
    stars: z.number().int(),
    // Left as strings: the workflow names the field when the value is not one it knows.
    group: z.string(),
    decision_number: text,
    issuing_level: z.string(),
    issue_date: isoDate,
    expiry_date: isoDate.nullish(),
  })
  .strict()

export const AdminSetProductOcop = z
  .object({
    // null removes the link; an empty string removed it too, silently (found by the route fuzz).
    producer_id: z.string().min(1).nullish(),
    village_id: z.string().min(1).nullish(),
    certification: CertificationFields.partial().strict().nullish(),
  })
  .strict()

export const AdminListCertifications = z.object({
  status: z.enum(["valid", "expiring", "expired", "withdrawn"]).optional(),
})

export type AdminSetProductOcopType = z.infer<typeof AdminSetProductOcop>

export const AdminListPosConflicts = z.object({
  status: z.enum(["open", "resolved", "all"]).default("open"),
  centre: z.string().trim().min(1).optional(),
})
