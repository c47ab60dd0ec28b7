import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitListingWorkflow } from "../../../../../workflows/producer-listing/producer-listings"
import { producer } from "../../../producer-scope"
import { answerListing } from "../../listing-view"

/** POST /producer/listings/:id/submit: sends the listing to the centre for review. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const run = await submitListingWorkflow(req.scope).run({
    input: { id: req.params.id!, producer_id: ctx.producer.id, locale: ctx.locale },
    throwOnError: false,
  })
  answerListing(res, run)
}
