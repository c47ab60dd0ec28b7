import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listingView, readListings } from "../../../producer/listings/listing-view"

type Scope = { resolve: (key: string) => any }

/** Listings for the reviewing admin: each with the producer who proposed it. */
export async function readAdminListings(scope: Scope, filters: Record<string, unknown>) {
  const rows = await readListings(scope, filters)
  const ids = [...new Set(rows.map((r) => r.producer_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ids.length
    ? await query.graph({ entity: "producer", fields: ["id", "handle", "legal_name"], filters: { id: ids } })
    : { data: [] as any[] }
  const producers = new Map((data as any[]).map((p) => [p.id, { id: p.id, handle: p.handle, legal_name: p.legal_name }]))
  return rows.map((row) => ({ ...listingView(row), producer: producers.get(row.producer_id) ?? null }))
}
