import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { answerRefusal } from "../../../lib/producer-listing/refusals"
import type { StoredListing } from "../../../workflows/producer-listing/types"

export const LISTING_FIELDS = [
  "id", "producer_id", "product_id", "status", "title_vi", "title_en", "description_vi", "description_en",
  "images", "variants", "certificate", "review_comment", "submitted_at", "reviewed_at", "created_at", "updated_at",
]

/** A listing as docs/producer-api.md shows it (the producer id stays inside: it is the caller's). */
export function listingView(row: StoredListing & { created_at?: Date; updated_at?: Date }) {
  return {
    id: row.id,
    product_id: row.product_id ?? null,
    status: row.status,
    title_vi: row.title_vi,
    title_en: row.title_en,
    description_vi: row.description_vi,
    description_en: row.description_en,
    images: row.images ?? [],
    variants: row.variants ?? [],
    certificate: row.certificate ?? null,
    review_comment: row.review_comment ?? null,
    submitted_at: row.submitted_at ?? null,
    reviewed_at: row.reviewed_at ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

type Query = { graph: (config: any) => Promise<{ data: any[] }> }

/** Listings matching `filters`, newest first; callers in the producer area always pass producer_id. */
export async function readListings(scope: { resolve: (k: string) => any }, filters: Record<string, unknown>) {
  const query: Query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_listing",
    fields: LISTING_FIELDS,
    filters,
    pagination: { order: { created_at: "DESC" } },
  })
  return data as (StoredListing & { created_at: Date; updated_at: Date })[]
}

/** Answers a listing workflow's result: the refusal it raised, or the listing. */
export function answerListing(res: MedusaResponse, run: { result: any; errors?: { error: unknown }[] }, status = 200) {
  if (answerRefusal(res, run.errors)) return
  res.status(status).json({ listing: listingView(run.result) })
}
