import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestLocale } from "../../../../../lib/locale"
import { listingRefusal, sendListingRefusal } from "../../../../../lib/producer-listing/refusals"
import { readAdminListings } from "../admin-listing-view"

/** GET /admin/ocop/listings/:id: one listing with its producer. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [listing] = await readAdminListings(req.scope, { id: req.params.id })
  if (!listing) return sendListingRefusal(res, listingRefusal("listing_not_found", requestLocale(req)) as any)
  res.json({ listing })
}
