import type { CatalogueProduct, Customer, Me } from "../../app/lib/api/types"

/** The demo centre, clerk and catalogue the POS fake answers with (Bát Tràng, as the seed has it). */

export const CLERK_EMAIL = "clerk.bat-trang@ocop.test"
export const CLERK_PASSWORD = "ocop-demo"

export const ME: Me = {
  clerk: { id: "user_clerk_bt", email: CLERK_EMAIL, first_name: "Lan", last_name: "Nguyễn Thị", role: "clerk" },
  centre: {
    id: "ctr_bat_trang",
    handle: "bat-trang",
    name_vi: "Trung tâm Gốm di sản Bát Tràng",
    name_en: "Bát Tràng Heritage Ceramics Centre",
    address: "Thôn 1, xã Bát Tràng, Hà Nội",
    phone: "024 3874 0000",
    bank: { bin: "970436", short_name: "Vietcombank", account_number: "0011004455667", account_name: "TRUNG TAM OCOP BAT TRANG" },
    publishable_key: "pk_mock_bat_trang",
  },
  limits: { line_discount_percent: 10, order_discount_percent: 10 },
  settings: { return_window_days: 30, offline: { max_sale_amount: 10_000_000, max_queued_sales: 300 } },
}

/** A valid EAN-13 from its first twelve digits (Vietnam's GS1 prefix is 893). */
export function ean13(first12: string): string {
  const sum = [...first12].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0)
  return first12 + String((10 - (sum % 10)) % 10)
}

const GOM = { handle: "htx-gom-su-bat-trang", name: "HTX Gốm sứ Bát Tràng" }
const LUA = { handle: "htx-lua-van-phuc", name: "HTX Lụa Vạn Phúc" }
const KHAM = { handle: "htx-kham-trai-chuyen-my", name: "HTX Khảm trai Chuyên Mỹ" }
const SON = { handle: "hkd-son-mai-ha-thai", name: "Hộ kinh doanh Sơn mài Hạ Thái" }
const MAY = { handle: "htx-may-tre-phu-vinh", name: "HTX Mây tre đan Phú Vinh" }
const DUONG_LAM = { handle: "htx-duong-lam", name: "HTX Nông sản Đường Lâm" }

type Row = [id: string, vi: string, en: string, stars: number, producer: { handle: string; name: string }, variants: [title: string | null, price: number, available: number][]]
const ROWS: Row[] = [
  ["vase", "Bình hút lộc men rạn", "Crackle-glaze fortune vase", 4, GOM, [["20 cm", 450_000, 12], ["30 cm", 780_000, 4]]],
  ["tea-set", "Bộ ấm chén men lam", "Blue-and-white tea set", 5, GOM, [[null, 1_250_000, 6]]],
  ["bowl", "Bát gốm men lam vẽ tay", "Hand-painted blue bowl", 3, GOM, [[null, 95_000, 50]]],
  ["scarf", "Khăn lụa tơ tằm Vạn Phúc", "Vạn Phúc silk scarf", 4, LUA, [["Đỏ", 350_000, 20], ["Xanh", 350_000, 9]]],
  ["box", "Hộp trang sức khảm trai", "Mother-of-pearl jewellery box", 4, KHAM, [[null, 680_000, 3]]],
  ["lacquer", "Tranh sơn mài phong cảnh", "Lacquer landscape painting", 5, SON, [[null, 2_400_000, 2]]],
  ["basket", "Giỏ mây đan tay", "Hand-woven rattan basket", 3, MAY, [[null, 185_000, 15]]],
  ["che-lam", "Chè lam Đường Lâm", "Đường Lâm chè lam sweets", 3, DUONG_LAM, [[null, 45_000, 40]]],
  ["tuong", "Tương Đường Lâm", "Đường Lâm soy sauce", 4, DUONG_LAM, [[null, 60_000, 25]]],
  ["com", "Cốm làng Vòng", "Vòng village green rice flakes", 4, DUONG_LAM, [[null, 120_000, 0]]],
  ["lamp", "Đèn mây tre", "Bamboo lamp", 4, MAY, [[null, 420_000, 5]]],
  ["cup", "Cốc gốm men hoả biến", "Flambé-glaze mug", 3, GOM, [[null, 75_000, 30]]],
]

export function demoProducts(): CatalogueProduct[] {
  let n = 0
  return ROWS.map(([id, vi, en, stars, producer, variants]) => ({
    id: `prod_${id}`,
    handle: id,
    title_vi: vi,
    title_en: en,
    thumbnail: null,
    stars,
    producer,
    variants: variants.map(([title, price, available], i) => ({
      id: `variant_${id}_${i + 1}`,
      title,
      sku: `BT-${id.toUpperCase()}-${i + 1}`,
      barcode: ean13(`893000000${String(++n).padStart(3, "0")}`),
      price,
      available,
    })),
  }))
}

export function demoCustomers(): Customer[] {
  return [
    { id: "cus_an", first_name: "An", last_name: "Trần Văn", phone: "0912345678", email: "an.tran@example.com" },
    { id: "cus_mai", first_name: "Mai", last_name: "Lê Thị", phone: "0987654321", email: null },
  ]
}
