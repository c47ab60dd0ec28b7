import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteListingWorkflow, updateListingWorkflow } from "../../../../workflows/producer-listing/producer-listings"
import { answerRefusal, listingRefusal, sendListingRefusal } from "../../../../lib/producer-listing/refusals"
import type { ProducerListingBodyType } from "../../middlewares/listings"
import { producer } from "../../producer-scope"
import { answerListing, listingView, readListings } from "../listing-view"

/** GET /producer/listings/:id: one of this producer's listings (404 for anyone else's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const [row] = await readListings(req.scope, { id: req.params.id, producer_id: ctx.producer.id })
  if (!row) return sendListingRefusal(res, listingRefusal("listing_not_found", ctx.locale) as any)
  res.json({ listing: listingView(row) })
}

/** POST /producer/listings/:id: edits a draft or a rejected listing (which becomes a draft again). */
export async function POST(req: AuthenticatedMedusaRequest<ProducerListingBodyType>, res: MedusaResponse) {
  const ctx = producer(req)
  const run = await updateListingWorkflow(req.scope).run({
    input: { id: req.params.id!, fields: req.validatedBody as any, producer_id: ctx.producer.id, locale: ctx.locale },
    throwOnError: false,
  })
  answerListing(res, run)
}

/** DELETE /producer/listings/:id: removes a draft. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const run = await deleteListingWorkflow(req.scope).run({
    input: { id: req.params.id!, producer_id: ctx.producer.id, locale: ctx.locale },
    throwOnError: false,
  })
  if (answerRefusal(res, run.errors)) return
  res.json(run.result)
}
