import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoredListing } from "../types"

export const loadApprovalContextStepId = "ocop-load-listing-approval-context"

export type ApprovalContext = {
  village_id: string | null
  shipping_profile_id: string
  online_channel_id: string
  /** The live product a change-listing applies to: its metadata and variants by SKU. */
  live: { metadata: Record<string, unknown>; variants: { id: string; sku: string }[] } | null
}

/**
 * What approving needs besides the listing: the producer's village, the default shipping
 * profile (without one no shipping method fits the line and checkout refuses the cart), and
 * the store's default channel, which the seed makes the online store. Reads only.
 */
export const loadApprovalContextStep = createStep(loadApprovalContextStepId, async (listing: StoredListing, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: profiles }, { data: stores }] = await Promise.all([
    query.graph({ entity: "producer", fields: ["id", "village.id"], filters: { id: listing.producer_id } }),
    query.graph({ entity: "shipping_profile", fields: ["id", "type"] }),
    query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] }),
  ])
  const profile = (profiles as any[]).find((p) => p.type === "default") ?? profiles[0]
  const channel = (stores[0] as any)?.default_sales_channel_id
  if (!profile || !channel) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default shipping profile or sales channel; run the seed.")
  }
  let live: ApprovalContext["live"] = null
  if (listing.product_id) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "metadata", "variants.id", "variants.sku"], filters: { id: listing.product_id } })
    const product = data[0] as any
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${listing.product_id} no longer exists.`)
    live = { metadata: product.metadata ?? {}, variants: product.variants ?? [] }
  }
  const context: ApprovalContext = {
    village_id: (producers[0] as any)?.village?.id ?? null,
    shipping_profile_id: profile.id,
    online_channel_id: channel,
    live,
  }
  return new StepResponse(context)
})
