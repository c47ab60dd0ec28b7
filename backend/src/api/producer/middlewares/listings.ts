import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import multer from "multer"
import { requestLocale } from "../../../lib/locale"
import { listingRefusal, sendListingRefusal } from "../../../lib/producer-listing/refusals"
import { CertificationFields } from "../../admin/ocop/validators"
import { checkCertification } from "../../../modules/ocop/lib/rules"
import { validateQuery } from "../../validate-query"
import { UPLOAD_KINDS, type UploadKind } from "../uploads/file-signature"

/**
 * Validators and guards for the producer area's listings routes, the uploads, and the admin's
 * review of listings (wired in api/middlewares.ts). Producer bodies are strict: certification
 * fields (stars, group, decision_number, issuing_level, issue_date, expiry_date) are unknown keys
 * there and answer 400, since only the admin sets a certificate, on approval.
 */
const text = z.string().trim().min(1)

const ListingVariant = z
  .object({
    title: text.max(120),
    sku: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "sku: letters, digits, dot, dash or underscore"),
    // Digits only here; the check digit is checked by the workflow, whose refusal names the barcode.
    barcode: z.string().regex(/^\d{8,14}$/, "barcode must be 8 to 14 digits").nullish(),
    price: z.number().int().positive(),
  })
  .strict()

export const ProducerListingBody = z
  .object({
    product_id: z.string().min(1).nullish(),
    title_vi: text.max(200),
    title_en: text.max(200),
    description_vi: text.max(5000),
    description_en: text.max(5000),
    images: z.array(z.string().url()).max(10).default([]),
    variants: z
      .array(ListingVariant)
      .min(1)
      .max(20)
      .refine((vs) => new Set(vs.map((v) => v.sku)).size === vs.length, "variants: each sku once")
      .refine((vs) => new Set(vs.map((v) => v.title)).size === vs.length, "variants: each title once"),
    certificate: z
      .object({
        url: z.string().url(),
        filename: text,
        mime_type: z.enum(["application/pdf", "image/jpeg", "image/png"]),
        size: z.number().int().positive(),
      })
      .strict()
      .nullish(),
  })
  .strict()

const STATUSES = ["draft", "submitted", "approved", "rejected"] as const
export const ListingsQuery = z.object({ status: z.enum(STATUSES).optional(), locale: z.string().optional() }).strict()

export const AdminApproveListing = z
  .object({
    comment: z.string().trim().max(2000).nullish(),
    certification: CertificationFields.optional(),
  })
  .strict()
  // The OCOP rules (stars, group, level, dates) before the workflow runs: it makes the product
  // first, and a certificate refused after that left the product's options and links behind
  // (found by the route fuzz). The body's certificate is complete, so no stored one is merged.
  .superRefine((body, ctx) => {
    if (!body.certification) return
    try {
      checkCertification(body.certification)
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["certification"], message: (error as Error).message })
    }
  })

export const AdminRejectListing = z.object({ comment: text.max(2000) }).strict()

export type ProducerListingBodyType = z.infer<typeof ProducerListingBody>
export type AdminApproveListingType = z.infer<typeof AdminApproveListing>
export type AdminRejectListingType = z.infer<typeof AdminRejectListing>

/** One multer per kind, so the size limit stops reading an oversize file early (memory storage). */
const uploaders = Object.fromEntries(
  Object.entries(UPLOAD_KINDS).map(([kind, rule]) => [
    kind,
    multer({ storage: multer.memoryStorage(), limits: { fileSize: rule.maxBytes, files: 6, fields: 10 } }).array("files", 6),
  ])
) as Record<UploadKind, ReturnType<ReturnType<typeof multer>["array"]>>

function producerUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const kind = req.query.kind as string
  // Own keys only: `in` also found "constructor" or "__proto__" (the request hung or failed, found by the route fuzz).
  if (typeof kind !== "string" || !Object.hasOwn(UPLOAD_KINDS, kind)) return next(new MedusaError(MedusaError.Types.INVALID_DATA, 'kind must be "image" or "certificate".'))
  ;(req as any).uploadKind = kind
  uploaders[kind as UploadKind](req as any, res as any, (err: unknown) => {
    if (!err) return next()
    const locale = requestLocale(req)
    const code = err instanceof multer.MulterError ? err.code : null
    if (code === "LIMIT_FILE_SIZE") {
      return sendListingRefusal(res, listingRefusal("file_too_large", locale, { mb: UPLOAD_KINDS[kind as UploadKind].maxBytes / 1024 / 1024 }) as any)
    }
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") return sendListingRefusal(res, listingRefusal("file_count", locale) as any)
    next(err)
  })
}

const body = validateAndTransformBody

export const listingsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/listings", methods: ["GET"], middlewares: [validateQuery(ListingsQuery)] },
  { matcher: "/producer/listings", methods: ["POST"], middlewares: [body(ProducerListingBody)] },
  { matcher: "/producer/listings/:id", methods: ["POST"], middlewares: [body(ProducerListingBody)] },
  // multer reads the multipart body itself; Medusa's parsers leave multipart alone.
  { matcher: "/producer/uploads", methods: ["POST"], middlewares: [producerUpload] },
  { matcher: "/admin/ocop/listings", methods: ["GET"], middlewares: [validateQuery(ListingsQuery)] },
  { matcher: "/admin/ocop/listings/:id/approve", methods: ["POST"], middlewares: [body(AdminApproveListing)] },
  { matcher: "/admin/ocop/listings/:id/reject", methods: ["POST"], middlewares: [body(AdminRejectListing)] },
]
