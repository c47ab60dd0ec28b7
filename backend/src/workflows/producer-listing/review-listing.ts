import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, updateProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { setProductOcopWorkflow } from "../ocop/set-product-ocop"
import type { CertificationInput } from "../ocop/types"
import { newProductInput, productUpdateInput, variantUpdateInput } from "./listing-product-input"
import { checkListingFieldsStep } from "./steps/check-listing-fields"
import { loadApprovalContextStep } from "./steps/load-approval-context"
import { loadListingStep } from "./steps/load-listing"
import { updateListingStep } from "./steps/write-listing"
import type { Locale } from "./types"

type ApproveInput = {
  id: string
  comment?: string | null
  /** Set by the admin after checking the uploaded certificate; producers never send it. */
  certification?: Partial<CertificationInput>
  locale: Locale
}

/**
 * Approves a submitted listing: creates the product (published, online store, the producer's
 * and village's), or applies the change to the live one; then sets the certificate when given,
 * through set-product-ocop so the OCOP rules and search refresh are the same as the admin's.
 * Each part undoes itself if a later one fails (a bad certificate leaves no product behind).
 */
export const approveListingWorkflow = createWorkflow("ocop-approve-producer-listing", (input: ApproveInput) => {
  const listing = loadListingStep({ id: input.id, statuses: ["submitted"], refusal: "listing_not_submitted", locale: input.locale })
  const check = transform({ listing, input }, ({ listing, input }) => ({
    producer_id: listing.producer_id,
    product_id: listing.product_id,
    variants: listing.variants,
    locale: input.locale,
  }))
  checkListingFieldsStep(check)
  const context = loadApprovalContextStep(listing)

  const created = when({ listing }, ({ listing }) => !listing.product_id).then(() => {
    const products = transform({ listing, context }, ({ listing, context }) => [newProductInput(listing, context)])
    return createProductsWorkflow.runAsStep({ input: { products: products as any } })
  })
  when({ listing }, ({ listing }) => !!listing.product_id).then(() => {
    const update = transform({ listing, context }, ({ listing, context }) => productUpdateInput(listing, context))
    updateProductsWorkflow.runAsStep({ input: update as any })
    const variants = transform({ listing, context }, ({ listing, context }) => variantUpdateInput(listing, context))
    updateProductVariantsWorkflow.runAsStep({ input: variants as any })
  })

  const productId = transform({ listing, created }, ({ listing, created }) => listing.product_id ?? (created as any[])[0].id as string)
  const ocop = transform({ listing, context, input, productId }, ({ listing, context, input, productId }) => ({
    product_id: productId,
    // A live product already has its producer and village; a new one gets them here.
    producer_id: listing.product_id ? undefined : listing.producer_id,
    village_id: listing.product_id ? undefined : context.village_id ?? undefined,
    certification: input.certification,
  }))
  setProductOcopWorkflow.runAsStep({ input: ocop })

  const update = transform({ input, productId }, ({ input, productId }) => ({
    status: "approved",
    product_id: productId,
    review_comment: input.comment ?? null,
    reviewed_at: new Date(),
  }))
  const approved = updateListingStep({ id: input.id, update })
  return new WorkflowResponse({ listing: approved, product_id: productId })
})

/** Sends a submitted listing back to its producer with the reason; they edit and resubmit. */
export const rejectListingWorkflow = createWorkflow(
  "ocop-reject-producer-listing",
  (input: { id: string; comment: string; locale: Locale }) => {
    loadListingStep({ id: input.id, statuses: ["submitted"], refusal: "listing_not_submitted", locale: input.locale })
    const update = transform({ input }, ({ input }) => ({
      status: "rejected",
      review_comment: input.comment.normalize("NFC"),
      reviewed_at: new Date(),
    }))
    return new WorkflowResponse(updateListingStep({ id: input.id, update }))
  }
)
