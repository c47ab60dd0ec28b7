import { parseVnd } from "@ocop/money"
import { z } from "./zod"

/**
 * The producer area's forms: one schema each, run by the page before sending (useFormCheck) and by
 * the action. They read the flat form (formObject): repeated rows are numbered fields
 * (`variant_title_0`, `qty_<variant id>`), so the browser and the action check the same thing.
 * Messages are field names; the page turns them into words (producer.field.*).
 */

const email = () => z.string().check(z.trim(), z.toLowerCase(), z.email("email"))
const password = () => z.string().check(z.minLength(8, "password"))

export const ProducerLogin = z.object({
  email: email(),
  password: z.string().check(z.minLength(1, "password")),
})

export const AcceptInvite = z
  .object({ token: z.string().check(z.minLength(10, "token")), password: password(), confirm: z.string() })
  .check(z.refine((v) => v.password === v.confirm, { message: "confirm", path: ["confirm"] }))

/** How many variant rows a listing form may have (the page shows the saved ones and one empty). */
export const MAX_VARIANTS = 12

export type VariantRow = { title: string; price: number; sku: string; barcode: string }

const cell = (form: Record<string, unknown>, name: string, i: number) => String(form[`${name}_${i}`] ?? "").normalize("NFC").trim()

/** The rows someone filled in (a row left wholly empty is not a variant), with the field names of what is wrong. */
export function variantRows(form: Record<string, unknown>): { rows: VariantRow[]; wrong: string[] } {
  const rows: VariantRow[] = []
  const wrong = new Set<string>()
  for (let i = 0; i < MAX_VARIANTS; i++) {
    const [title, price, sku, barcode] = ["variant_title", "variant_price", "variant_sku", "variant_barcode"].map((n) => cell(form, n, i)) as [string, string, string, string]
    if (!title && !price && !sku && !barcode) continue
    const amount = parseVnd(price)
    if (!title || title.length > 120) wrong.add("variant_title")
    if (amount === null || amount <= 0) wrong.add("variant_price")
    if (sku.length > 64 || /\s/.test(sku)) wrong.add("variant_sku")
    if (barcode && !/^\d{8,14}$/.test(barcode)) wrong.add("variant_barcode")
    rows.push({ title, price: amount ?? 0, sku, barcode })
  }
  if (!rows.length) wrong.add("variants")
  return { rows, wrong: [...wrong] }
}

const text = (field: string, max: number) => z.string().check(z.trim(), z.minLength(1, field), z.maxLength(max, field))
const optionalText = (max: number, field: string) => z._default(z.optional(z.string().check(z.trim(), z.maxLength(max, field))), "")

/**
 * The listing: both titles (tourists read English), descriptions, the variant rows. No
 * certification fields: the centre verifies the certificate and sets stars and expiry.
 */
export const ListingForm = z
  .looseObject({
    // The pressed button names the intent; the browser check sees the form without it.
    intent: z._default(z.optional(z.enum(["save", "submit"])), "save"),
    title_vi: text("title_vi", 200),
    title_en: text("title_en", 200),
    description_vi: optionalText(5000, "description_vi"),
    description_en: optionalText(5000, "description_en"),
  })
  .check(
    z.superRefine((form, ctx) => {
      for (const field of variantRows(form).wrong) ctx.addIssue({ code: "custom", message: field, path: [field === "variants" ? "variant_title_0" : `${field}_0`], input: form })
    })
  )

export const DeliveryForm = z
  .looseObject({
    intent: z.literal("deliver"),
    centre: z.string().check(z.trim(), z.minLength(1, "centre")),
    note: optionalText(500, "note"),
  })
  .check(
    z.superRefine((form, ctx) => {
      const quantities = Object.entries(form).filter(([k, v]) => k.startsWith("qty_") && String(v ?? "").trim() !== "")
      const bad = quantities.find(([, v]) => !/^\d{1,5}$/.test(String(v).trim()))
      if (bad) ctx.addIssue({ code: "custom", message: "quantity", path: [bad[0]], input: form })
      else if (!quantities.some(([, v]) => Number(v) > 0)) ctx.addIssue({ code: "custom", message: "lines", path: [quantities[0]?.[0] ?? "centre"], input: form })
    })
  )

/** The lines of a delivery form that passed DeliveryForm. */
export function deliveryLines(form: Record<string, unknown>) {
  return Object.entries(form)
    .filter(([k, v]) => k.startsWith("qty_") && Number(v) > 0)
    .map(([k, v]) => ({ variant_id: k.slice(4), quantity: Number(v) }))
}

export const CancelDelivery = z.object({ intent: z.literal("cancel"), delivery_id: z.string().check(z.minLength(1, "delivery_id")) })

export const StockAction = z.union([DeliveryForm, CancelDelivery])

/** A statement month: YYYY-MM, from 2020 to 2099. */
export const Month = z.string().check(z.regex(/^20[2-9]\d-(0[1-9]|1[0-2])$/, "month"))
