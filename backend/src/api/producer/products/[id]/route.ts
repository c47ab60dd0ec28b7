import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listingRefusal, sendListingRefusal } from "../../../../lib/producer-listing/refusals"
import { producer } from "../../producer-scope"
import { readProducerProducts } from "../producer-products"

/** GET /producer/products/:id: one of this producer's products (404 for anyone else's). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  const [product] = await readProducerProducts(req.scope, ctx.producer.id, req.params.id)
  if (!product) return sendListingRefusal(res, listingRefusal("product_not_found", ctx.locale) as any)
  res.json({ product })
}
