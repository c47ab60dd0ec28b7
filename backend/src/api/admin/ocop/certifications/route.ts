import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationView } from "./certification-view"

/**
 * GET /admin/ocop/certifications?status=expiring|expired|valid|withdrawn: the expiry report
 * staff read (what the nightly job withdrew and what is about to expire), soonest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const status = (req.validatedQuery as { status?: string }).status
  const { data } = await query.graph({
    entity: "certification",
    fields: ["*", "product.id", "product.title", "product.handle", "product.status"],
  })
  const rows = data
    .map((c: any) => ({ ...certificationView(c), product: c.product ?? null }))
    .filter((c) => !status || (status === "withdrawn" ? !!c.withdrawn_at : c.status === status))
    .sort((a, b) => a.days_left - b.days_left)
  res.json({ certifications: rows, count: rows.length })
}
