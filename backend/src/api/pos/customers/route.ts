import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { pos } from "../pos-clerk"
import type { PosCreateCustomer } from "../validators"

const FIELDS = ["id", "first_name", "last_name", "phone", "email"]

/** GET /pos/customers?q=: a customer found by phone or e-mail (at least 4 characters: no browsing). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  pos(req)
  const q = String((req.query as any).q ?? "").trim()
  if (q.length < 4) throw new MedusaError(MedusaError.Types.INVALID_DATA, "q: give at least 4 characters of a phone number or an e-mail.")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const like = `%${q.replace(/[%_]/g, "")}%`
  const { data } = await query.graph({
    entity: "customer",
    fields: FIELDS,
    filters: { $or: [{ email: { $ilike: like } }, { phone: { $ilike: like } }] },
    pagination: { take: 10 },
  })
  res.json({ customers: data })
}

/** POST /pos/customers: a customer created at the counter (no account, no password). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PosCreateCustomer>>, res: MedusaResponse) {
  const ctx = pos(req)
  const { result } = await createCustomersWorkflow(req.scope).run({
    input: { customersData: [{ ...req.validatedBody, created_by: ctx.clerk.id, metadata: { created_at_centre: ctx.centre.handle } } as any] },
  })
  const c = result[0]!
  res.status(201).json({ customer: { id: c.id, first_name: c.first_name, last_name: c.last_name, phone: c.phone, email: c.email } })
}
