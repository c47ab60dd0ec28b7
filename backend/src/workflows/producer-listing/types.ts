/** What a producer sends for a listing (the route's validator has checked the shapes). */
export type ListingVariant = { title: string; sku: string; barcode?: string | null; price: number }
export type ListingCertificate = { url: string; filename: string; mime_type: string; size: number }

export type ListingFields = {
  product_id?: string | null
  title_vi: string
  title_en: string
  description_vi: string
  description_en: string
  images: string[]
  variants: ListingVariant[]
  certificate?: ListingCertificate | null
}

export type Locale = "vi" | "en"

export type ListingStatus = "draft" | "submitted" | "approved" | "rejected"

/** A listing row as the module stores it. */
export type StoredListing = ListingFields & {
  id: string
  producer_id: string
  product_id: string | null
  status: ListingStatus
  review_comment: string | null
  submitted_at: Date | null
  reviewed_at: Date | null
}
