/**
 * What the fake backend knows before a test changes anything: one small shop, whose catalogue
 * (centres, villages, producers, products) and store side (variants, regions, shipping, people)
 * describe the same things. Fields that the backend keeps in both languages end in _vi / _en.
 */

export type Customer = { id: string; email: string; password: string; first_name: string; last_name: string }

export const REGIONS = [
  { id: "reg_vn", name: "Việt Nam", currency_code: "vnd", countries: [{ iso_2: "vn" }] },
  { id: "reg_intl", name: "International", currency_code: "usd", countries: ["us", "gb", "fr", "de", "au", "kr", "jp"].map((iso_2) => ({ iso_2 })) },
]
/** Sellable variants, their price in đồng and their stock (centre stock is in the state). */
export const VARIANTS: Record<string, { title: string; handle: string; price: number; stock: number }> = {
  variant_binh: { title: "Bình gốm Bát Tràng", handle: "binh-gom-bat-trang", price: 450_000, stock: 5 },
  variant_tra: { title: "Trà shan tuyết", handle: "tra-shan-tuyet", price: 120_000, stock: 20 },
}
export const SHIPPING_OPTIONS = [
  { id: "so_pickup", name: "Nhận tại trung tâm – Bát Tràng", amount: 0, region_id: "reg_vn" },
  { id: "so_pickup_vp", name: "Nhận tại trung tâm – Vạn Phúc", amount: 0, region_id: "reg_vn" },
  { id: "so_ship_vn", name: "Giao hàng tận nơi", amount: 30_000, region_id: "reg_vn" },
  { id: "so_unpriced", name: "Giao nhanh", amount: null, region_id: "reg_vn" },
  { id: "so_intl", name: "International shipping", amount: 25, region_id: "reg_intl" },
]
export const PROVIDERS = ["pp_system_default", "pp_vietqr_vietqr", "pp_stripe_stripe"]
/** Promotions the backend knows: TET2026 applies to any cart; HE2026 only from 2,000,000 ₫ (so not here). */
export const PROMOTION_CODES = { TET2026: 0, HE2026: 2_000_000 } as Record<string, number>
export const AN = { id: "cus_an", email: "an@example.vn", password: "mat-khau-dung", first_name: "An", last_name: "Lê" }
export const BINH = { id: "cus_binh", email: "binh@example.vn", password: "mat-khau-binh", first_name: "Bình", last_name: "Trần" }
export const RESET_TOKEN = "reset_token_for_an_0123456789"

/** The centres, as the backend stores them; each is also a pick-up point (like its web channel). */
export const CENTRES = [
  {
    id: "ctr_1",
    handle: "bat-trang",
    name_vi: "Trung tâm Bát Tràng",
    name_en: "Bát Tràng Centre",
    kind: "design_sales_centre",
    commune: "Bát Tràng",
    former_district: "Gia Lâm",
    province: "Hà Nội",
    address: "Thôn 1, xã Bát Tràng, Hà Nội",
    latitude: 20.9766,
    longitude: 105.9129,
    opening_hours: "08:00–17:30, thứ Hai – Chủ nhật",
    phone: "024 3874 0000",
    stars: 4,
    description_vi: "Phòng trưng bày và xưởng thiết kế.",
    description_en: "A showroom and design studio.",
  },
  {
    id: "ctr_2",
    handle: "van-phuc",
    name_vi: "Trung tâm Vạn Phúc",
    name_en: "Vạn Phúc Centre",
    kind: "sales_point",
    commune: "Vạn Phúc",
    former_district: "Hà Đông",
    province: "Hà Nội",
    address: "Phố Vạn Phúc, Hà Nội",
    latitude: 20.9805,
    longitude: 105.7745,
    opening_hours: null,
    phone: null,
    stars: null,
    description_vi: null,
    description_en: null,
  },
]
export const PICKUP_OPTION: Record<string, string> = { "bat-trang": "so_pickup", "van-phuc": "so_pickup_vp" }

export const VILLAGES = [
  {
    id: "vil_1",
    handle: "bat-trang",
    name: "Làng gốm Bát Tràng",
    craft_vi: "Gốm sứ",
    craft_en: "Ceramics",
    commune: "Bát Tràng",
    former_district: "Gia Lâm",
    story_vi: "Làm gốm từ thời Lý.",
    story_en: "Pottery since the Lý dynasty.",
  },
]
export const PRODUCERS = [
  {
    id: "pdr_1",
    handle: "gom-pham-gia",
    legal_name: "Công ty TNHH Gốm Phạm Gia",
    type: "enterprise",
    tax_code: "0107286150",
    representative: "Phạm Quang Khải",
    phone: "0357 835 799",
    email: "gom-pham-gia@ocop.test",
    story_vi: "Gốm vẽ tay men lam.",
    story_en: "Hand-painted blue-and-white ware.",
    village: "bat-trang",
  },
]

/** A product: its variants are VARIANTS, its producer and village are handles (or null). */
export type ProductRecord = {
  id: string
  handle: string
  /** In Vietnamese; the English is in metadata, as the backend keeps it (decision 7). */
  title: string
  description: string
  metadata: { title_en: string; description_en: string }
  variant_ids: string[]
  ocop: { stars: number; group: string; certificate_number: string; issuing_level: string; status: string; producer: string | null; village: string | null }
}
export const PRODUCTS: ProductRecord[] = [
  {
    id: "prod_binh",
    handle: "binh-gom-bat-trang",
    title: "Bình gốm Bát Tràng",
    description: "Men lam, vẽ tay.",
    metadata: { title_en: "Bát Tràng ceramic vase", description_en: "Blue glaze, painted by hand." },
    variant_ids: ["variant_binh"],
    ocop: { stars: 4, group: "handicraft", certificate_number: "4682/QĐ-UBND", issuing_level: "city", status: "valid", producer: "gom-pham-gia", village: "bat-trang" },
  },
  {
    id: "prod_tra",
    handle: "tra-shan-tuyet",
    title: "Trà shan tuyết",
    description: "Trà búp từ cây cổ thụ.",
    metadata: { title_en: "Shan tuyết tea", description_en: "Buds from ancient tea trees." },
    variant_ids: ["variant_tra"],
    ocop: { stars: 3, group: "beverage", certificate_number: "5120/QĐ-UBND", issuing_level: "city", status: "valid", producer: null, village: null },
  },
]
