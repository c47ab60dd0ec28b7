import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producer } from "../producer-scope"
import { readProducerProducts } from "./producer-products"

/** GET /producer/products: this producer's live products, with price and certificate. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ products: await readProducerProducts(req.scope, producer(req).producer.id) })
}
