import { describe, expect, it } from "vitest"
import { productDocument } from "./product-document"

const row = {
  id: "prod_1",
  handle: "binh-gom-men-ran-bat-trang",
  title: "Bình gốm men rạn Bát Tràng",
  description: "Bình dáng củ tỏi phủ men rạn màu ngà.",
  status: "published",
  thumbnail: "http://localhost:9000/static/a.svg",
  created_at: "2026-11-01T08:00:00.000Z",
  metadata: { title_en: "Bát Tràng crackle-glaze vase", description_en: "A garlic-neck vase." },
  tags: [{ value: "gốm" }, { value: "men rạn" }],
  variants: [
    { id: "variant_20", title: "20 cm", sku: "BT-20", barcode: "8931028000012", ean: "8931028000012", prices: [{ amount: 450000, currency_code: "vnd" }, { amount: 17.31, currency_code: "usd" }] },
    { id: "variant_40", title: "40 cm", sku: "BT-40", barcode: null, ean: "8931028000036", prices: [{ amount: 1600000, currency_code: "vnd" }] },
  ],
  sales_channels: [{ id: "sc_online" }, { id: "sc_bat_trang" }],
}
const ocop = {
  stars: 4,
  group: "handicraft",
  certificate_number: "4682/QĐ-UBND",
  issuing_level: "city",
  issue_date: "2024-09-12",
  expiry_date: "2027-09-12",
  status: "valid" as const,
  producer: { handle: "hkd-vu-dinh-tuan", name: "Hộ kinh doanh Vũ Đình Tuấn", type: "household" },
  village: { handle: "bat-trang", name: "Làng gốm Bát Tràng" },
  availability: [
    { centre: { handle: "bat-trang", name: "x" }, available: 81, variants: {} },
    { centre: { handle: "van-phuc", name: "x" }, available: 0, variants: {} },
  ],
}
const names = new Map([
  ["bat-trang", { vi: "Trung tâm Bát Tràng", en: "Bát Tràng Centre" }],
  ["van-phuc", { vi: "Điểm bán Vạn Phúc", en: null }],
])

describe("productDocument", () => {
  const doc = productDocument(row, ocop, names)

  it("prices in whole đồng: the lowest and highest VND variant prices", () => {
    expect(doc.price).toBe(450000)
    expect(doc.price_max).toBe(1600000)
    expect(doc.variants.map((v) => v.price)).toEqual([450000, 1600000])
  })

  it("tells centres that carry the product from centres that can sell one now", () => {
    expect(doc.centres).toEqual(["bat-trang", "van-phuc"])
    expect(doc.in_stock_at).toEqual(["bat-trang"])
    expect(doc.stock).toEqual([
      { centre: "bat-trang", name_vi: "Trung tâm Bát Tràng", name_en: "Bát Tràng Centre", available: 81 },
      { centre: "van-phuc", name_vi: "Điểm bán Vạn Phúc", name_en: null, available: 0 },
    ])
  })

  it("holds a certificate valid to the end of its expiry day", () => {
    expect(doc.certified).toBe(true)
    expect(new Date(doc.valid_until!).toISOString()).toBe("2027-09-13T00:00:00.000Z")
  })

  it("holds every barcode once, and names without diacritics for typo matching", () => {
    expect(doc.barcodes).toEqual(["8931028000012", "8931028000036"])
    expect(doc.folded).toContain("binh gom men ran bat trang")
    expect(doc.folded).toContain("lang gom bat trang")
    expect(doc.folded).toContain("ho kinh doanh vu dinh tuan")
  })

  it("keeps English text beside Vietnamese and the channels the product is sold in", () => {
    expect(doc.title_en).toBe("Bát Tràng crackle-glaze vase")
    expect(doc.sales_channel_ids).toEqual(["sc_online", "sc_bat_trang"])
    expect(doc.created_at).toBe(Date.parse("2026-11-01T08:00:00.000Z"))
  })

  it("marks a product without a certificate as such", () => {
    const plain = productDocument(row, undefined, names)
    expect(plain.certified).toBe(false)
    expect(plain.valid_until).toBeNull()
    expect(plain.stars).toBeNull()
  })
})
