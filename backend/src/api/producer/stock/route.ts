import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producer } from "../producer-scope"
import { producerStock } from "./producer-stock"

/** GET /producer/stock: this producer's variants at every centre that holds them. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const centres = await producerStock(req.scope, producer(req).producer.id)
  res.json({ centres })
}
