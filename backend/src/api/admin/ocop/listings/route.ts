import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readAdminListings } from "./admin-listing-view"

/** GET /admin/ocop/listings?status=submitted: producers' listings to review (all by default). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const status = (req.validatedQuery as { status?: string } | undefined)?.status
  res.json({ listings: await readAdminListings(req.scope, status ? { status } : {}) })
}
