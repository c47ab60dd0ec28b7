import { data, redirect } from "react-router"
import { formObject } from "../../lib/forms/form-object"
import { ListingForm, variantRows } from "../../lib/forms/producer-forms"
import type { Locale } from "../../lib/locale"
import { producerJson, producerLoad, producerName, refusalOf, requireProducer } from "../../lib/producer.server"
import type { Certificate, Listing, LiveProduct } from "./producer.server"

/** What the listing form shows: a saved listing, a live product to change, or what was just posted. */
export type ListingDraft = Pick<Listing, "product_id" | "title_vi" | "title_en" | "description_vi" | "description_en" | "images" | "variants" | "certificate">

const EMPTY: ListingDraft = { product_id: null, title_vi: "", title_en: "", description_vi: "", description_en: "", images: [], variants: [], certificate: null }

const draftOf = (l: Listing): ListingDraft => ({
  product_id: l.product_id, title_vi: l.title_vi, title_en: l.title_en, description_vi: l.description_vi ?? "", description_en: l.description_en ?? "",
  images: l.images ?? [], variants: l.variants ?? [], certificate: l.certificate ?? null,
})

/** The form's page: an existing listing (:id), or a new one, empty or from a live product (?product=). */
export async function loadListing(request: Request, locale: Locale, id: string | null) {
  const url = new URL(request.url)
  const name = await producerName(request)
  const flash = { saved: url.searchParams.get("saved") === "1" }
  if (id) {
    const { listing } = await producerLoad<{ listing: Listing }>(request, locale, `/producer/listings/${encodeURIComponent(id)}`)
    return { locale, name, id, status: listing.status, review_comment: listing.review_comment, draft: draftOf(listing), ...flash }
  }
  const productId = url.searchParams.get("product")
  let draft = EMPTY
  if (productId) {
    const { product } = await producerLoad<{ product: LiveProduct & { description_vi?: string; description_en?: string; images?: string[] } }>(request, locale, `/producer/products/${encodeURIComponent(productId)}`)
    draft = {
      ...EMPTY, product_id: product.id, title_vi: product.title_vi, title_en: product.title_en,
      description_vi: product.description_vi ?? "", description_en: product.description_en ?? "",
      images: product.images ?? (product.thumbnail ? [product.thumbnail] : []),
      variants: product.variants.map(({ title, sku, barcode, price }) => ({ title, sku: sku ?? "", barcode: barcode ?? "", price })),
    }
  } else await requireProducer(request, locale)
  return { locale, name, id: null, status: "draft" as const, review_comment: null, draft, ...flash }
}

const filesOf = (form: FormData, field: string) => form.getAll(field).filter((f): f is File => typeof f !== "string" && f.size > 0)

/** Sends the chosen files to the backend's file module, as the multipart form it expects. */
async function upload(request: Request, locale: Locale, kind: "image" | "certificate", files: File[]) {
  if (!files.length) return []
  const body = new FormData()
  for (const f of files) body.append("files", f, f.name)
  const answer = await producerJson<{ files: Certificate[] }>(request, locale, "/producer/uploads", { method: "POST", query: { kind }, body })
  return answer.files
}

/**
 * Save (create or update) and, for "submit", send for review. The browser posts multipart; the
 * files go to /producer/uploads first and the listing keeps their URLs. A refusal re-shows the
 * form with what was typed (and what was already uploaded), under the backend's sentence.
 */
export async function saveListing(request: Request, locale: Locale, id: string | null) {
  await requireProducer(request, locale)
  const form = await request.formData()
  const fields = formObject(form)
  const parsed = ListingForm.safeParse(fields)
  const { rows } = variantRows(fields)
  let certificate: Certificate | null = null
  try {
    certificate = fields.keep_certificate ? (JSON.parse(fields.keep_certificate) as Certificate) : null
  } catch {
    certificate = null // a tampered hidden field: as if the file had been removed
  }
  const draft: ListingDraft = {
    product_id: fields.product_id || null,
    title_vi: fields.title_vi ?? "", title_en: fields.title_en ?? "", description_vi: fields.description_vi ?? "", description_en: fields.description_en ?? "",
    images: form.getAll("images").filter((v): v is string => typeof v === "string" && /^https?:\/\//.test(v)),
    variants: rows, certificate,
  }
  if (!parsed.success) return data({ error: null as string | null, fields: [...new Set(parsed.error.issues.map((i) => i.message))], draft, saved_id: id }, { status: 400 })
  const { title_vi, title_en, description_vi, description_en, intent } = parsed.data
  let saved: Listing
  try {
    draft.images.push(...(await upload(request, locale, "image", filesOf(form, "image_files"))).map((f) => f.url))
    const [cert] = await upload(request, locale, "certificate", filesOf(form, "certificate_file").slice(0, 1))
    if (cert) draft.certificate = cert
    const body = {
      ...(id || !draft.product_id ? {} : { product_id: draft.product_id }),
      title_vi, title_en, description_vi, description_en, images: draft.images, variants: rows,
      ...(draft.certificate ? { certificate: draft.certificate } : {}),
    }
    const path = id ? `/producer/listings/${encodeURIComponent(id)}` : "/producer/listings"
    ;({ listing: saved } = await producerJson<{ listing: Listing }>(request, locale, path, { method: "POST", body }))
  } catch (error) {
    const refused = refusalOf(error)
    return data({ error: refused.message, fields: [] as string[], draft, saved_id: id }, { status: refused.status })
  }
  try {
    if (intent === "submit") await producerJson(request, locale, `/producer/listings/${saved.id}/submit`, { method: "POST" })
  } catch (error) {
    // Saved but not sent: the form now posts to the saved listing, so trying again makes no twin.
    const refused = refusalOf(error)
    return data({ error: refused.message, fields: [] as string[], draft, saved_id: saved.id as string | null }, { status: refused.status })
  }
  return redirect(intent === "submit" ? `/${locale}/producer/products?submitted=1` : `/${locale}/producer/listings/${saved.id}?saved=1`)
}

