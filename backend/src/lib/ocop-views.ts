import type { Locale } from "../modules/ocop/lib/vocabulary"
import { pick } from "./locale"

/** The public (store) shapes of OCOP records, in one language. */

export function centreView(c: Record<string, any>, locale: Locale) {
  return {
    id: c.id,
    handle: c.handle,
    name: pick(c, "name", locale),
    kind: c.kind,
    commune: c.commune,
    former_district: c.former_district,
    province: c.province,
    address: c.address,
    latitude: c.latitude,
    longitude: c.longitude,
    opening_hours: c.opening_hours,
    phone: c.phone,
    stars: c.stars,
    description: pick(c, "description", locale),
  }
}

export function villageView(v: Record<string, any>, locale: Locale) {
  return {
    id: v.id,
    handle: v.handle,
    name: v.name,
    craft: pick(v, "craft", locale),
    commune: v.commune,
    former_district: v.former_district,
    story: pick(v, "story", locale),
  }
}

export function producerView(p: Record<string, any>, locale: Locale) {
  return {
    id: p.id,
    handle: p.handle,
    name: p.legal_name,
    type: p.type,
    representative: p.representative,
    phone: p.phone,
    email: p.email,
    story: pick(p, "story", locale),
    village: p.village ? { handle: p.village.handle, name: p.village.name } : null,
  }
}

export const CENTRE_FIELDS = [
  "id", "handle", "name_vi", "name_en", "kind", "commune", "former_district", "province", "address",
  "latitude", "longitude", "opening_hours", "phone", "stars", "description_vi", "description_en",
]
export const VILLAGE_FIELDS = ["id", "handle", "name", "craft_vi", "craft_en", "commune", "former_district", "story_vi", "story_en"]
export const PRODUCER_FIELDS = [
  "id", "handle", "legal_name", "type", "tax_code", "representative", "phone", "email", "story_vi", "story_en",
  "village_id", "village.id", "village.handle", "village.name",
]
