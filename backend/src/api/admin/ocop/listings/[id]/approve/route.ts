import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../../../../lib/locale"
import { answerRefusal } from "../../../../../../lib/producer-listing/refusals"
import { approveListingWorkflow } from "../../../../../../workflows/producer-listing/review-listing"
import type { AdminApproveListingType } from "../../../../../producer/middlewares/listings"
import { readProducerProducts } from "../../../../../producer/products/producer-products"
import { readAdminListings } from "../../admin-listing-view"

/** POST /admin/ocop/listings/:id/approve: puts the listing live, with the certificate if given. */
export async function POST(req: AuthenticatedMedusaRequest<AdminApproveListingType>, res: MedusaResponse) {
  const run = await approveListingWorkflow(req.scope).run({
    input: { id: req.params.id!, ...(req.validatedBody as any), locale: requestLocale(req) },
    throwOnError: false,
  })
  if (answerRefusal(res, run.errors)) return
  const [listing] = await readAdminListings(req.scope, { id: req.params.id })
  const [product] = await readProducerProducts(req.scope, listing!.producer!.id, run.result.product_id)
  res.json({ listing, product: product ?? { id: run.result.product_id } })
}
