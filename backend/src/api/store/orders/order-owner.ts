import { authenticate, type AuthenticatedMedusaRequest, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Before GET /store/orders/:id (Medusa's) and GET /store/ocop/orders/:id/centre: a registered
 * customer's order is theirs alone (INVARIANTS, "Customers see their own orders"). Medusa hands
 * any order out by its id; here the caller must be signed in as its customer.
 *
 * A guest's order (its customer has no account) still opens by its id alone: a guest has no
 * login, and their confirmation page needs it. The id is their capability, like a cart's id
 * on Medusa's cart routes. Anyone else gets the same 404 as for an id that does not exist, so
 * the answer never confirms that someone's order is there.
 */
async function ownerOrGuestOrder(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id
  if (!id) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "customer_id", "customer.has_account"], filters: { id } })
  // No customer at all, or one without an account: a guest's. A customer since deleted is not.
  const guest = !!order && (!order.customer_id || order.customer?.has_account === false)
  const caller = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  if (guest || (order?.customer_id && caller === order.customer_id)) return next()
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found.`)
}

/** Who is asking, if anyone (a signed-in customer's session or token), then the check. */
export const orderOwner = [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), ownerOrGuestOrder]
