/**
 * The shapes the admin OCOP API returns (src/api/admin/ocop). Only types are imported from the
 * module's vocabulary, so the admin bundle never pulls server code, yet a new product group or
 * centre kind makes these types (and the label tables keyed by them) fail to compile.
 */
import type {
  CentreKind,
  IssuingLevel,
  ProducerType,
  ProductGroup,
} from "../../modules/ocop/lib/vocabulary"

export type { CentreKind, IssuingLevel, ProducerType, ProductGroup }

export type CertificationStatus = "valid" | "expiring" | "expired"

export type Centre = {
  id: string
  handle: string
  name_vi: string
  name_en: string
  kind: CentreKind
  commune: string
  former_district: string | null
  province: string
  address: string
  latitude: number | null
  longitude: number | null
  opening_hours: string | null
  phone: string | null
  stars: number | null
  description_vi: string | null
  description_en: string | null
  bank_bin: string | null
  bank_account_number: string | null
  bank_account_name: string | null
  /** What a till at this centre may do offline: the largest sale (đồng) and how many unsent sales. */
  pos_offline_max_sale_amount: number
  pos_offline_max_queued_sales: number
  stock_location_id: string | null
  sales_channel_id: string | null
  product_count: number
}

/** What create/update accept: the stored fields, without ids and counts the server owns. */
export type CentreInput = Omit<Centre, "id" | "stock_location_id" | "sales_channel_id" | "product_count">

export type Village = {
  id: string
  handle: string
  name: string
  craft_vi: string
  craft_en: string
  commune: string
  former_district: string | null
  story_vi: string | null
  story_en: string | null
}

export type VillageInput = Omit<Village, "id">

export type Producer = {
  id: string
  handle: string
  legal_name: string
  type: ProducerType
  tax_code: string
  village_id: string | null
  village: { id: string; handle: string; name: string } | null
  representative: string | null
  phone: string | null
  email: string | null
  story_vi: string | null
  story_en: string | null
}

export type ProducerInput = Omit<Producer, "id" | "village">

/** Dates come back as ISO date-times; they are sent as "YYYY-MM-DD". */
export type Certification = {
  id: string
  stars: number
  group: ProductGroup
  decision_number: string
  issuing_level: IssuingLevel
  issue_date: string
  expiry_date: string
  withdrawn_at: string | null
  status: CertificationStatus
  days_left: number
}

export type CertificationInput = {
  stars: number
  group: ProductGroup
  decision_number: string
  issuing_level: IssuingLevel
  issue_date: string
  /** Blank lets the server set issue date + 36 months. */
  expiry_date?: string | null
}

export type ProductOcop = {
  product_id: string
  producer: Producer | null
  village: Village | null
  certification: Certification | null
}

/** Omitted keys are left alone; null clears (a null certification removes it). */
export type ProductOcopInput = {
  producer_id?: string | null
  village_id?: string | null
  certification?: CertificationInput | null
}

/** `product` is null if the certificate is no longer linked to a product (the API sends `?? null`). */
export type CertificationListItem = Certification & {
  product: { id: string; title: string; handle: string; status: string } | null
}

/** The certificate list filter; "withdrawn" lists what the nightly expiry job took off sale. */
export type CertificationFilter = CertificationStatus | "withdrawn"

export type DeleteResponse = { id: string; object: string; deleted: boolean }

export type PosConflictFilter = "open" | "resolved" | "all"

/** A counter sale staff must look at (GET /admin/ocop/pos-conflicts): the backend's own view. */
export type { ConflictView as PosConflict } from "../../lib/pos/conflict"
