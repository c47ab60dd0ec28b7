import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { producer } from "../producer-scope"

/** GET /producer/me: who is signed in, and the producer they act for. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ctx = producer(req)
  res.json({ producer: ctx.producer, login: { email: ctx.login.email } })
}
