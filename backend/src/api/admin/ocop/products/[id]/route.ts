import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductOcopWorkflow } from "../../../../../workflows/ocop/set-product-ocop"
import type { AdminSetProductOcopType } from "../../validators"
import { loadProductOcopAdmin } from "./product-ocop-admin"

/** GET /admin/ocop/products/:id: the product's certificate, producer and village. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product_ocop: await loadProductOcopAdmin(req.scope, req.params.id!) })
}

/** POST /admin/ocop/products/:id: sets any of them; `certification: null` removes the certificate. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductOcopType>, res: MedusaResponse) => {
  await setProductOcopWorkflow(req.scope).run({ input: { product_id: req.params.id!, ...req.validatedBody } as any })
  res.json({ product_ocop: await loadProductOcopAdmin(req.scope, req.params.id!) })
}
