import { Banks, VietQRStatus } from "vietnam-qr-pay"
import type {
  CentreKind,
  CertificationStatus,
  IssuingLevel,
  ProducerType,
  ProductGroup,
} from "./ocop-types"

/**
 * Staff labels, Vietnamese first (clerks and producers work in Vietnamese) with English in
 * parentheses. Keyed by the vocabulary's types so a missing label is a compile error.
 */
export const PRODUCT_GROUP_LABELS: Record<ProductGroup, string> = {
  food: "Thực phẩm (Food)",
  beverage: "Đồ uống (Beverage)",
  herbal: "Thảo dược (Herbal)",
  textile: "Vải và may mặc (Textile & garments)",
  handicraft: "Thủ công mỹ nghệ (Handicraft)",
  tourism_service: "Dịch vụ du lịch nông thôn (Rural tourism)",
}

export const ISSUING_LEVEL_LABELS: Record<IssuingLevel, string> = {
  city: "Cấp thành phố (City)",
  national: "Cấp quốc gia (National)",
}

export const CENTRE_KIND_LABELS: Record<CentreKind, string> = {
  design_sales_centre: "Trung tâm thiết kế & bán (Design and sales centre)",
  sales_point: "Điểm bán OCOP (Sales point)",
}

export const PRODUCER_TYPE_LABELS: Record<ProducerType, string> = {
  cooperative: "Hợp tác xã (Cooperative)",
  enterprise: "Doanh nghiệp (Enterprise)",
  household: "Hộ kinh doanh (Household business)",
}

/** Green valid, orange within 90 days of expiry, red expired. */
export const CERTIFICATION_STATUS_BADGES: Record<
  CertificationStatus,
  { color: "green" | "orange" | "red"; label: string }
> = {
  valid: { color: "green", label: "Còn hiệu lực (Valid)" },
  expiring: { color: "orange", label: "Sắp hết hạn (Expiring)" },
  expired: { color: "red", label: "Hết hạn (Expired)" },
}

/** OCOP certifies 3, 4 or 5 stars; fewer is not an OCOP product. */
export const STAR_CHOICES = [3, 4, 5] as const

/** Turns a label table into the options a select renders, in the table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

/** Banks that receive VietQR transfers, by NAPAS BIN, for a centre's receiving account. */
export function bankOptions() {
  return Banks.filter((b) => !b.deprecated && b.vietQRStatus !== VietQRStatus.NOT_SUPPORTED).map((b) => ({
    value: b.bin,
    label: `${b.shortName} (${b.bin})`,
  }))
}

export function starOptions() {
  return STAR_CHOICES.map((n) => ({ value: String(n), label: `${"★".repeat(n)} ${n} sao` }))
}
