import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LISTING_MODULE } from "../../../modules/producer-listing"
import type ProducerListingModuleService from "../../../modules/producer-listing/service"
import { listingRefusal, type ListingRefusalCode } from "../../../lib/producer-listing/refusals"
import type { ListingStatus, Locale, StoredListing } from "../types"

export const loadListingStepId = "ocop-load-producer-listing"

type Input = {
  id: string
  /** Set for a producer: another producer's listing is "not found", never "forbidden". */
  producer_id?: string
  /** The statuses the next step may act on; any other answers `refusal`. */
  statuses: ListingStatus[]
  refusal: ListingRefusalCode
  locale: Locale
}

/** Reads the listing the request names, scoped to its producer, and checks its status. Reads only. */
export const loadListingStep = createStep(loadListingStepId, async (input: Input, { container }) => {
  const service: ProducerListingModuleService = container.resolve(PRODUCER_LISTING_MODULE)
  const filters: Record<string, string> = { id: input.id }
  if (input.producer_id) filters.producer_id = input.producer_id
  const [listing] = await service.listProducerListings(filters, { take: 1 })
  if (!listing) throw listingRefusal("listing_not_found", input.locale)
  if (!input.statuses.includes(listing.status as ListingStatus)) throw listingRefusal(input.refusal, input.locale)
  return new StepResponse(listing as unknown as StoredListing)
})
