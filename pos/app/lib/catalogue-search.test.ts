import { describe, expect, it } from "vitest"
import type { CatalogueProduct, SearchHit } from "./api/types"
import { findByCode, fold, indexCatalogue, mergeHits, scannedCode, searchLocal, stockOf } from "./catalogue-search"

const product = (id: string, title_vi: string, title_en: string, variants: Partial<CatalogueProduct["variants"][number]>[]): CatalogueProduct => ({
  id,
  handle: id,
  title_vi,
  title_en,
  thumbnail: null,
  stars: 4,
  producer: { handle: "htx", name: "HTX Gốm sứ Bát Tràng" },
  variants: variants.map((v, i) => ({ id: `${id}_v${i}`, title: null, sku: null, barcode: null, price: 100_000, available: 5, ...v })),
})

const catalogue = [
  product("vase", "Bình gốm men rạn", "Crackle-glaze vase", [{ barcode: "8930000000017", sku: "BT-VASE-20", title: "20 cm" }, { barcode: "8930000000024", title: "30 cm", available: 2 }]),
  product("scarf", "Khăn lụa Vạn Phúc", "Van Phuc silk scarf", [{ barcode: "8930000000031" }]),
  product("tea", "Trà sen Tây Hồ", "West Lake lotus tea", [{ sku: "TEA-SEN" }]),
]

describe("fold", () => {
  it("drops diacritics and folds đ", () => {
    expect(fold("Bát Tràng")).toBe("bat trang")
    expect(fold("Đồng")).toBe("dong")
  })
})

describe("scannedCode", () => {
  it("takes the search box's whole code when the scanner's burst was split", () => {
    expect(scannedCode(catalogue, "000024", "8930000000024")).toBe("8930000000024")
    expect(findByCode(catalogue, scannedCode(catalogue, "000024", "8930000000024"))?.variant.title).toBe("30 cm")
  })

  it("keeps what the scanner sent when it names a variant, or the box holds something else", () => {
    expect(scannedCode(catalogue, "8930000000017", "vase 8930000000017")).toBe("8930000000017")
    expect(scannedCode(catalogue, "000024", "vase")).toBe("000024")
    expect(scannedCode(catalogue, "9999", "12349999")).toBe("9999")
  })
})

describe("findByCode", () => {
  it("finds the variant a barcode or SKU names", () => {
    expect(findByCode(catalogue, "8930000000024")?.variant.title).toBe("30 cm")
    expect(findByCode(catalogue, "bt-vase-20")?.variant.barcode).toBe("8930000000017")
    expect(findByCode(catalogue, "0000")).toBeNull()
    expect(findByCode(catalogue, " ")).toBeNull()
  })
})

describe("searchLocal", () => {
  const index = indexCatalogue(catalogue)
  it("matches words with or without accents, in either language", () => {
    expect(searchLocal(index, "lua van phuc").map((p) => p.id)).toEqual(["scarf"])
    expect(searchLocal(index, "lotus").map((p) => p.id)).toEqual(["tea"])
    expect(searchLocal(index, "bát tràng").map((p) => p.id)).toEqual(["vase", "scarf", "tea"])
    expect(searchLocal(index, "   ")).toEqual([])
  })
  it("puts titles starting with the first word first", () => {
    expect(searchLocal(index, "tra").map((p) => p.id)[0]).toBe("tea")
  })
})

describe("mergeHits", () => {
  const hit = (id: string, available: number): SearchHit => ({
    id,
    handle: id,
    title: `Hit ${id}`,
    thumbnail: null,
    price: { currency_code: "vnd", amount: 55_000 },
    ocop: { stars: 3 },
    producer: null,
    availability: [{ centre: { handle: "bat-trang" }, available }, { centre: { handle: "van-phuc" }, available: 99 }],
    variants: [{ id: `${id}_v`, title: null, sku: null, barcode: null, price: { amount: 55_000 } }],
  })
  it("keeps local matches first and adds the backend's others once", () => {
    const merged = mergeHits([catalogue[1]!], [hit("scarf", 1), hit("vase", 1), hit("new", 7)], catalogue, "bat-trang")
    expect(merged.map((p) => p.id)).toEqual(["scarf", "vase", "new"])
    // Known products keep their per-variant stock; an unknown one gets this centre's.
    expect(merged[1]!.variants[1]!.available).toBe(2)
    expect(merged[2]!.variants[0]).toMatchObject({ price: 55_000, available: 7 })
  })
})

describe("stockOf", () => {
  it("adds every variant's stock here", () => {
    expect(stockOf(catalogue[0]!)).toBe(7)
  })
})
