/**
 * The producer API's records for the fake (docs/producer-api.md): two producers, their logins,
 * one invitation, one reset token. No imports, so state.ts can build its memory from them.
 */

export const HTX = { id: "prod_htx", handle: "htx-gom-bat-trang", legal_name: "HTX Gốm Bát Tràng", type: "cooperative", email: "htx@battrang.vn" }
export const HO_LUA = { id: "prod_lua", handle: "ho-lua-van-phuc", legal_name: "Hộ kinh doanh Lụa Vạn Phúc", type: "household", email: "lua@vanphuc.vn" }

/** Producer logins (e-mail, password, producer); `stray` signs in but belongs to no producer. */
export const PRODUCER_LOGINS = [
  { email: "chu.nhiem@battrang.vn", password: "gom-men-lam-2026", producer_id: HTX.id },
  { email: "lua@vanphuc.vn", password: "lua-to-tam-2026", producer_id: HO_LUA.id },
  { email: "stray@example.vn", password: "khong-phai-nsx", producer_id: null as string | null },
]
export const HTX_LOGIN = PRODUCER_LOGINS[0]!

export const INVITE_TOKEN = "inv_6f1c2a9e0b7d4c3a"
export const INVITE_EMAIL = "ke.toan@battrang.vn"
export const PRODUCER_RESET_TOKEN = "preset_0123456789abcdef"

export const CENTRE_BT = { handle: "bat-trang", name_vi: "Trung tâm OCOP Bát Tràng", name_en: "Bat Trang OCOP Centre" }
export const CENTRE_VP = { handle: "van-phuc", name_vi: "Điểm bán OCOP Vạn Phúc", name_en: "Van Phuc OCOP Point" }

export const LIVE_PRODUCTS = [
  {
    id: "prod_binh", producer_id: HTX.id, handle: "binh-gom-men-lam", title_vi: "Bình gốm men lam", title_en: "Blue-glaze vase", status: "published",
    thumbnail: "http://localhost:9000/static/binh.jpg", ocop: { stars: 4, status: "valid", expiry_date: "2027-06-30" },
    variants: [{ id: "variant_binh", title: "Cao 30 cm", sku: "BT-BINH-30", barcode: "8930000000017", price: 450_000 }],
  },
  {
    id: "prod_khan", producer_id: HO_LUA.id, handle: "khan-lua", title_vi: "Khăn lụa", title_en: "Silk scarf", status: "published",
    thumbnail: null, ocop: null, variants: [{ id: "variant_khan", title: "Đỏ", sku: "VP-KHAN-DO", barcode: "", price: 320_000 }],
  },
]

export function producerListings() {
  const at = "2026-11-20T03:00:00.000Z"
  const base = { product_id: null, description_vi: "", description_en: "", images: [] as string[], certificate: null, review_comment: null, submitted_at: null, reviewed_at: null, created_at: at, updated_at: at }
  return [
    { ...base, id: "lst_draft", producer_id: HTX.id, status: "draft", title_vi: "Ấm chén men rạn", title_en: "Crackle-glaze tea set", variants: [{ title: "Bộ 6 chén", sku: "BT-AM-6", barcode: "", price: 650_000 }] },
    { ...base, id: "lst_rejected", producer_id: HTX.id, status: "rejected", title_vi: "Đĩa gốm", title_en: "Ceramic plate", review_comment: "Ảnh bị mờ, hãy chụp lại.", variants: [{ title: "25 cm", sku: "BT-DIA-25", barcode: "", price: 180_000 }] },
    { ...base, id: "lst_submitted", producer_id: HTX.id, status: "submitted", title_vi: "Lọ hoa", title_en: "Flower pot", variants: [{ title: "Nhỏ", sku: "BT-LO-S", barcode: "", price: 220_000 }] },
    { ...base, id: "lst_lua", producer_id: HO_LUA.id, status: "draft", title_vi: "Áo lụa", title_en: "Silk shirt", variants: [{ title: "M", sku: "VP-AO-M", barcode: "", price: 900_000 }] },
  ]
}
