import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LISTING_MODULE } from "../../../modules/producer-listing"
import type ProducerListingModuleService from "../../../modules/producer-listing/service"
import type { StoredListing } from "../types"

const service = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(PRODUCER_LISTING_MODULE) as ProducerListingModuleService

export const createListingStepId = "ocop-create-producer-listing"

/** Creates a draft; compensation deletes it. */
export const createListingStep = createStep(
  createListingStepId,
  async (input: Record<string, unknown> & { producer_id: string }, { container }) => {
    const listing = await service(container).createProducerListings({ ...input, status: "draft" } as any)
    return new StepResponse(listing as unknown as StoredListing, listing.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteProducerListings(id)
  }
)

export const updateListingStepId = "ocop-update-producer-listing"

/** Changes a listing; compensation writes back the fields as they were. */
export const updateListingStep = createStep(
  updateListingStepId,
  async (input: { id: string; update: Record<string, unknown> }, { container }) => {
    const before = await service(container).retrieveProducerListing(input.id)
    const previous = Object.fromEntries(Object.keys(input.update).map((k) => [k, (before as any)[k]]))
    const listing = await service(container).updateProducerListings({ id: input.id, ...input.update } as any)
    return new StepResponse(listing as unknown as StoredListing, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (undo) await service(container).updateProducerListings({ id: undo.id, ...undo.previous } as any)
  }
)

export const deleteListingStepId = "ocop-delete-producer-listing"

/** Soft-deletes a draft, so compensation can restore it whole. */
export const deleteListingStep = createStep(
  deleteListingStepId,
  async (id: string, { container }) => {
    await service(container).softDeleteProducerListings(id)
    return new StepResponse({ id, deleted: true as const }, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreProducerListings(id)
  }
)
