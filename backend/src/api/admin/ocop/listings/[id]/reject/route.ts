import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../../../../lib/locale"
import { answerRefusal } from "../../../../../../lib/producer-listing/refusals"
import { rejectListingWorkflow } from "../../../../../../workflows/producer-listing/review-listing"
import type { AdminRejectListingType } from "../../../../../producer/middlewares/listings"
import { readAdminListings } from "../../admin-listing-view"

/** POST /admin/ocop/listings/:id/reject: back to the producer, with the reason (required). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectListingType>, res: MedusaResponse) {
  const run = await rejectListingWorkflow(req.scope).run({
    input: { id: req.params.id!, comment: req.validatedBody.comment, locale: requestLocale(req) },
    throwOnError: false,
  })
  if (answerRefusal(res, run.errors)) return
  const [listing] = await readAdminListings(req.scope, { id: req.params.id })
  res.json({ listing })
}
