import { useQuery } from "@tanstack/react-query"
import { defaultExpiryDate } from "../../modules/ocop/lib/certification-dates"
import {
  ISSUING_LEVELS,
  MAX_STARS,
  MIN_STARS,
  PRODUCT_GROUPS,
} from "../../modules/ocop/lib/vocabulary"
import type { CertificationInput, IssuingLevel, ProductGroup } from "./ocop-types"
import { ocopKeys, useOcopMutation } from "./queries"
import { sdk } from "./sdk"

/**
 * The review queue of producers' listings (docs/producer-api.md, "Listings (drafts, review)"):
 * types, the admin API and its React Query hooks. Kept apart from the shared queries.ts, but its
 * keys sit under ocopKeys.all so every OCOP write (and useOcopMutation) refreshes them.
 */

export type ListingStatus = "draft" | "submitted" | "approved" | "rejected"
export type ListingFilter = "submitted" | "approved" | "rejected" | "all"

/** `price` is whole đồng. */
export type ListingVariant = { title: string; sku: string; barcode: string | null; price: number }

/** The certificate the producer uploaded (PDF, JPEG or PNG). */
export type ListingFile = { url: string; filename: string; mime_type: string; size: number }

export type Listing = {
  id: string
  /** null: a new product; otherwise a change to this live product. */
  product_id: string | null
  status: ListingStatus
  title_vi: string
  title_en: string
  description_vi: string | null
  description_en: string | null
  images: string[]
  variants: ListingVariant[]
  certificate: ListingFile | null
  review_comment: string | null
  submitted_at: string | null
  reviewed_at: string | null
  created_at: string
  updated_at: string
  producer: { id: string; handle: string; legal_name: string } | null
}

export type ApproveListingInput = { comment?: string; certification?: CertificationInput }
export type ApproveListingResult = { listing: Listing; product: { id: string; title?: string } | null }

const id_ = (id: string) => encodeURIComponent(id)

export const listingsApi = {
  /** "all" sends no filter. */
  list: (status: ListingFilter) =>
    sdk.client.fetch<{ listings: Listing[] }>("/admin/ocop/listings", {
      method: "GET",
      query: status === "all" ? undefined : { status },
    }),
  retrieve: (id: string) => sdk.client.fetch<{ listing: Listing }>(`/admin/ocop/listings/${id_(id)}`, { method: "GET" }),
  approve: (id: string, body: ApproveListingInput) =>
    sdk.client.fetch<ApproveListingResult>(`/admin/ocop/listings/${id_(id)}/approve`, { method: "POST", body }),
  reject: (id: string, comment: string) =>
    sdk.client.fetch<{ listing: Listing }>(`/admin/ocop/listings/${id_(id)}/reject`, { method: "POST", body: { comment } }),
}

export const listingKeys = {
  all: [...ocopKeys.all, "listings"] as const,
  list: (status: ListingFilter) => [...ocopKeys.all, "listings", "list", status] as const,
  detail: (id: string) => [...ocopKeys.all, "listings", "detail", id] as const,
}

export const useListings = (status: ListingFilter) =>
  useQuery({ queryKey: listingKeys.list(status), queryFn: () => listingsApi.list(status) })

/** The full listing, loaded while the drawer is open (the list row is shown meanwhile). */
export const useListing = (id: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: listingKeys.detail(id ?? ""),
    queryFn: () => listingsApi.retrieve(id!),
    enabled: enabled && !!id,
  })

// Approving creates or changes a product: the dashboard's product list and page must show it.
const DASHBOARD_PRODUCTS = [["products"]]

export const useApproveListing = (listing: Listing | null, onDone: () => void) =>
  useOcopMutation((body: ApproveListingInput) => listingsApi.approve(listing!.id, body), {
    successMessage: listing?.product_id
      ? `Đã duyệt thay đổi “${listing?.title_vi ?? ""}”, sản phẩm đã cập nhật (Change approved; the product is updated)`
      : `Đã duyệt “${listing?.title_vi ?? ""}”, sản phẩm đã lên bán (Approved; the product is published)`,
    onDone,
    alsoInvalidate: DASHBOARD_PRODUCTS,
  })

export const useRejectListing = (listing: Listing | null, onDone: () => void) =>
  useOcopMutation((comment: string) => listingsApi.reject(listing!.id, comment), {
    successMessage: `Đã từ chối “${listing?.title_vi ?? ""}”, chủ thể sẽ thấy góp ý (Rejected; the producer sees the comment)`,
    onDone,
  })

/** The certification form, as text (see form-fields.tsx). */
export type CertificationValues = {
  stars: string
  group: string
  decision_number: string
  issuing_level: string
  issue_date: string
  expiry_date: string
}
export type CertificationErrors = Partial<Record<keyof CertificationValues, string>>

/** "YYYY-MM-DD" of issue + 36 months: the expiry the server sets when none is given. */
export function defaultExpiry(issueDate: string): string {
  const issue = parseDay(issueDate)
  return issue ? defaultExpiryDate(issue).toISOString().slice(0, 10) : ""
}

function parseDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date
}

/**
 * The same rules the server applies (modules/ocop/lib/rules.ts), checked before sending so each
 * error shows under its field: 3 to 5 stars, 5 stars issued nationally, expiry after issue.
 */
export function validateCertification(v: CertificationValues, today: string): { errors: CertificationErrors; value?: CertificationInput } {
  const errors: CertificationErrors = {}
  const stars = Number(v.stars)
  if (!v.stars) errors.stars = "Chọn hạng sao (Choose the stars)"
  else if (!Number.isInteger(stars) || stars < MIN_STARS || stars > MAX_STARS)
    errors.stars = `Từ ${MIN_STARS} đến ${MAX_STARS} sao (${MIN_STARS} to ${MAX_STARS} stars)`
  if (!(PRODUCT_GROUPS as readonly string[]).includes(v.group)) errors.group = "Chọn nhóm sản phẩm (Choose the group)"
  if (!v.decision_number.trim()) errors.decision_number = "Nhập số quyết định (Enter the decision number)"
  if (!(ISSUING_LEVELS as readonly string[]).includes(v.issuing_level))
    errors.issuing_level = "Chọn cấp công nhận (Choose the issuing level)"
  else if (stars === 5 && v.issuing_level !== "national")
    errors.issuing_level = "5 sao do cấp quốc gia công nhận (5 stars are issued nationally)"
  const issue = parseDay(v.issue_date)
  if (!v.issue_date) errors.issue_date = "Nhập ngày cấp (Enter the issue date)"
  else if (!issue) errors.issue_date = "Ngày không hợp lệ (Not a date)"
  else if (v.issue_date > today) errors.issue_date = "Ngày cấp không thể ở tương lai (The issue date cannot be in the future)"
  if (v.expiry_date) {
    if (!parseDay(v.expiry_date)) errors.expiry_date = "Ngày không hợp lệ (Not a date)"
    else if (issue && v.expiry_date <= v.issue_date) errors.expiry_date = "Phải sau ngày cấp (Must come after the issue date)"
  }
  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    value: {
      stars,
      group: v.group as ProductGroup,
      decision_number: v.decision_number.trim(),
      issuing_level: v.issuing_level as IssuingLevel,
      issue_date: v.issue_date,
      // Left out when blank: the server then sets issue + 36 months.
      ...(v.expiry_date ? { expiry_date: v.expiry_date } : {}),
    },
  }
}

export const LISTING_STATUS_BADGES: Record<ListingStatus, { color: "grey" | "orange" | "green" | "red"; label: string }> = {
  draft: { color: "grey", label: "Nháp (Draft)" },
  submitted: { color: "orange", label: "Chờ duyệt (Submitted)" },
  approved: { color: "green", label: "Đã duyệt (Approved)" },
  rejected: { color: "red", label: "Từ chối (Rejected)" },
}
