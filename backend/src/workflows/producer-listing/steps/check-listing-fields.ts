import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkRows, LINKS } from "../../../lib/link-rows"
import { listingRefusal } from "../../../lib/producer-listing/refusals"
import { isValidGtin } from "../../../modules/ocop/lib/ean13"
import type { ListingVariant, Locale } from "../types"

export const checkListingFieldsStepId = "ocop-check-producer-listing-fields"

type Input = { producer_id: string; product_id?: string | null; variants: ListingVariant[]; locale: Locale }

/**
 * The rules a listing's fields must meet against the live catalogue: a `product_id` must be one
 * of this producer's products (404 otherwise, like any other producer's id); each SKU must be
 * free or already the same product's; a change to a live product only touches its existing
 * variants (new variants would need option values the producer cannot set). Reads only.
 */
export const checkListingFieldsStep = createStep(checkListingFieldsStepId, async (input: Input, { container }) => {
  // A mistyped barcode would not scan at any till: its check digit must agree with the rest.
  const misprinted = input.variants.find((v) => v.barcode && !isValidGtin(v.barcode))
  if (misprinted) throw listingRefusal("barcode_invalid", input.locale, { barcode: misprinted.barcode!, sku: misprinted.sku })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (input.product_id) {
    const rows = await linkRows(query, LINKS.productProducer, ["product_id"], {
      product_id: input.product_id,
      producer_id: input.producer_id,
    })
    if (!rows.length) throw listingRefusal("product_not_found", input.locale)
  }
  const skus = input.variants.map((v) => v.sku)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id"], filters: { sku: skus } })
  for (const variant of data as { sku: string; product_id: string }[]) {
    if (variant.product_id !== input.product_id) throw listingRefusal("sku_taken", input.locale, { sku: variant.sku })
  }
  if (input.product_id) {
    const live = new Set((data as { sku: string }[]).map((v) => v.sku))
    const missing = skus.find((sku) => !live.has(sku))
    if (missing) throw listingRefusal("variant_not_in_product", input.locale, { sku: missing })
  }
  return new StepResponse(undefined)
})
