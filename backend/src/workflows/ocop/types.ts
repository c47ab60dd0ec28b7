import type { CentreKind, IssuingLevel, ProducerType, ProductGroup } from "../../modules/ocop/lib/vocabulary"

export type CentreInput = {
  handle: string
  name_vi: string
  name_en: string
  kind: CentreKind
  commune: string
  former_district?: string | null
  province?: string
  address: string
  latitude?: number | null
  longitude?: number | null
  opening_hours?: string | null
  phone?: string | null
  stars?: number | null
  description_vi?: string | null
  description_en?: string | null
  pos_offline_max_sale_amount?: number
  pos_offline_max_queued_sales?: number
}

export type VillageInput = {
  handle: string
  name: string
  craft_vi: string
  craft_en: string
  commune: string
  former_district?: string | null
  story_vi?: string | null
  story_en?: string | null
}

export type ProducerInput = {
  handle: string
  legal_name: string
  type: ProducerType
  tax_code: string
  village_id?: string | null
  representative?: string | null
  phone?: string | null
  email?: string | null
  story_vi?: string | null
  story_en?: string | null
}

export type CertificationInput = {
  stars: number
  group: ProductGroup
  decision_number: string
  issuing_level: IssuingLevel
  issue_date: string | Date
  expiry_date?: string | Date | null
}

export type Update<T> = Partial<T> & { id: string }
