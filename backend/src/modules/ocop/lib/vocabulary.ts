/** The closed lists of the OCOP domain (see shared DOMAIN.md). */
export const CENTRE_KINDS = ["design_sales_centre", "sales_point"] as const
export type CentreKind = (typeof CENTRE_KINDS)[number]

export const PRODUCER_TYPES = ["cooperative", "enterprise", "household"] as const
export type ProducerType = (typeof PRODUCER_TYPES)[number]

/** The six OCOP product groups. */
export const PRODUCT_GROUPS = [
  "food",
  "beverage",
  "herbal",
  "textile",
  "handicraft",
  "tourism_service",
] as const
export type ProductGroup = (typeof PRODUCT_GROUPS)[number]

/** 3★ and 4★ are recognised by the city/province, 5★ nationally. */
export const ISSUING_LEVELS = ["city", "national"] as const
export type IssuingLevel = (typeof ISSUING_LEVELS)[number]

export const MIN_STARS = 3
export const MAX_STARS = 5
export const CERTIFICATE_VALIDITY_MONTHS = 36
export const EXPIRING_WITHIN_DAYS = 90

export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]
