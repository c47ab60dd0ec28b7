import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkListingFieldsStep } from "./steps/check-listing-fields"
import { loadListingStep } from "./steps/load-listing"
import { createListingStep, deleteListingStep, updateListingStep } from "./steps/write-listing"
import type { ListingFields, Locale } from "./types"

/** Text is stored in NFC (STYLE.md), so search and comparison see one spelling. */
function normalised(fields: ListingFields) {
  const nfc = (s: string) => s.normalize("NFC")
  return {
    product_id: fields.product_id ?? null,
    title_vi: nfc(fields.title_vi),
    title_en: nfc(fields.title_en),
    description_vi: nfc(fields.description_vi),
    description_en: nfc(fields.description_en),
    images: fields.images,
    variants: fields.variants.map((v) => ({ title: nfc(v.title), sku: v.sku, barcode: v.barcode ?? null, price: v.price })),
    certificate: fields.certificate ?? null,
  }
}

type Scoped = { producer_id: string; locale: Locale }

/** A producer's new draft: a new product, or a change to one of their live products. */
export const createListingWorkflow = createWorkflow("ocop-create-producer-listing", (input: ListingFields & Scoped) => {
  checkListingFieldsStep({ producer_id: input.producer_id, product_id: input.product_id, variants: input.variants, locale: input.locale })
  const fields = transform({ input }, ({ input }) => ({ producer_id: input.producer_id, ...normalised(input) }))
  return new WorkflowResponse(createListingStep(fields))
})

/** Edits a draft, or a rejected listing (which goes back to draft); anything else is locked. */
export const updateListingWorkflow = createWorkflow(
  "ocop-update-producer-listing",
  (input: { id: string; fields: ListingFields } & Scoped) => {
    loadListingStep({ id: input.id, producer_id: input.producer_id, statuses: ["draft", "rejected"], refusal: "listing_locked", locale: input.locale })
    checkListingFieldsStep({ producer_id: input.producer_id, product_id: input.fields.product_id, variants: input.fields.variants, locale: input.locale })
    const update = transform({ input }, ({ input }) => ({ ...normalised(input.fields), status: "draft" }))
    return new WorkflowResponse(updateListingStep({ id: input.id, update }))
  }
)

/** Sends a draft (or a rejected listing as it stands) to the centre for review. */
export const submitListingWorkflow = createWorkflow("ocop-submit-producer-listing", (input: { id: string } & Scoped) => {
  const listing = loadListingStep({ id: input.id, producer_id: input.producer_id, statuses: ["draft", "rejected"], refusal: "listing_locked", locale: input.locale })
  // The catalogue may have changed since the draft was saved (a SKU taken meanwhile).
  const check = transform({ listing, input }, ({ listing, input }) => ({
    producer_id: input.producer_id,
    product_id: listing.product_id,
    variants: listing.variants,
    locale: input.locale,
  }))
  checkListingFieldsStep(check)
  const update = transform({}, () => ({ status: "submitted", submitted_at: new Date() }))
  return new WorkflowResponse(updateListingStep({ id: input.id, update }))
})

/** Deletes a draft; a listing under review or reviewed stays on record. */
export const deleteListingWorkflow = createWorkflow("ocop-delete-producer-listing", (input: { id: string } & Scoped) => {
  loadListingStep({ id: input.id, producer_id: input.producer_id, statuses: ["draft"], refusal: "listing_not_draft", locale: input.locale })
  return new WorkflowResponse(deleteListingStep(input.id))
})
