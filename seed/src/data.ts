import fs from "node:fs"
import path from "node:path"

/** Reads the facts under seed/data. The shapes are documented in seed/data/README.md. */
export const DATA_DIR = path.resolve(__dirname, "../data")

export type CentreRow = {
  handle: string; name_vi: string; name_en: string; kind: "design_sales_centre" | "sales_point"
  commune: string; former_district?: string | null; province?: string; address: string
  latitude?: number | null; longitude?: number | null; opening_hours?: string | null; phone?: string | null
  stars?: number | null; description_vi?: string | null; description_en?: string | null; villages?: string[]
}
export type VillageRow = {
  handle: string; name: string; craft_vi: string; craft_en: string; commune: string
  former_district?: string | null; story_vi?: string | null; story_en?: string | null
}
export type ProducerRow = {
  handle: string; legal_name: string; type: "cooperative" | "enterprise" | "household"; tax_code: string
  village: string; representative?: string; phone?: string; email?: string; story_vi?: string; story_en?: string
}
export type VariantRow = {
  sku: string; barcode: string; options: Record<string, string>; price_vnd: number; stock: Record<string, number>
}
export type ProductRow = {
  handle: string; title_vi: string; title_en: string; description_vi: string; description_en: string
  producer: string; village: string; group: string; stars: number; issuing_level: string
  decision_number: string; issue_date: string; expiry_date?: string; tags?: string[]
  options: { title: string; title_en?: string; values: string[] }[]; variants: VariantRow[]
}
export type Accounts = {
  admin: { email: string; password: string }
  clerks: { email: string; password: string; centre: string; first_name?: string; last_name?: string }[]
  /** Counter staff who may give larger discounts (backend lib/pos/pos-roles.ts). */
  supervisors: { email: string; password: string; centre: string; first_name?: string; last_name?: string }[]
  producers: { email: string; password: string; producer: string; first_name?: string; last_name?: string }[]
  customer: { email: string; password: string; first_name?: string; last_name?: string; phone?: string }
}
export type Regions = {
  regions: { name: string; currency_code: string; countries: string[]; payment_providers: string[] }[]
  shipping: { name_vi: string; name_en: string; region: string; amount: number; currency_code: string }[]
  pickup: { name_vi: string; name_en: string; amount: number }
  dispatch_centre?: string
}

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), "utf8")) as T
}

export function loadCatalogue() {
  const productFiles = fs.readdirSync(path.join(DATA_DIR, "products")).filter((f) => f.endsWith(".json")).sort()
  return {
    centres: read<CentreRow[]>("centres.json"),
    villages: read<VillageRow[]>("villages.json"),
    producers: read<ProducerRow[]>("producers.json"),
    products: productFiles.flatMap((f) => read<ProductRow[]>(path.join("products", f))),
    accounts: read<Accounts>("accounts.json"),
    regions: read<Regions>("regions.json"),
  }
}

export type Catalogue = ReturnType<typeof loadCatalogue>

export function imagePath(productHandle: string) {
  return path.join(DATA_DIR, "images", `${productHandle}.svg`)
}
