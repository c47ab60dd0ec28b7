import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createListingWorkflow } from "../../../workflows/producer-listing/producer-listings"
import type { ProducerListingBodyType } from "../middlewares/listings"
import { producer } from "../producer-scope"
import { answerListing, listingView, readListings } from "./listing-view"

/** GET /producer/listings?status=: this producer's listings, newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const status = (req.validatedQuery as { status?: string } | undefined)?.status
  const rows = await readListings(req.scope, { producer_id: ctx.producer.id, ...(status ? { status } : {}) })
  res.json({ listings: rows.map(listingView) })
}

/** POST /producer/listings: a new draft (a new product, or a change to a live one of theirs). */
export async function POST(req: AuthenticatedMedusaRequest<ProducerListingBodyType>, res: MedusaResponse) {
  const ctx = producer(req)
  const run = await createListingWorkflow(req.scope).run({
    input: { ...(req.validatedBody as any), producer_id: ctx.producer.id, locale: ctx.locale },
    throwOnError: false,
  })
  answerListing(res, run, 201)
}
