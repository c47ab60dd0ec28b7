import { describe, expect, it } from "vitest"
import { facetCounts, facetLabels, hitView } from "./search-response"

const doc = {
  id: "prod_1",
  handle: "binh-gom-men-ran-bat-trang",
  title_vi: "Bình gốm men rạn Bát Tràng",
  title_en: "Bát Tràng crackle-glaze vase",
  description_vi: "Bình dáng củ tỏi",
  description_en: null,
  thumbnail: "http://localhost:9000/static/x.svg",
  price: 450000,
  price_max: 1600000,
  certified: true,
  stars: 4,
  group: "handicraft",
  certificate_number: "4682/QĐ-UBND",
  issuing_level: "city",
  // End of 12 Sept 2027 (UTC): the certificate's last valid day is the 12th.
  valid_until: Date.parse("2027-09-13T00:00:00Z"),
  producer: "hkd-vu-dinh-tuan",
  producer_name: "Hộ kinh doanh Vũ Đình Tuấn",
  village: "bat-trang",
  village_name: "Làng gốm Bát Tràng",
  stock: [{ centre: "bat-trang", name_vi: "Trung tâm Bát Tràng", name_en: "Bát Tràng Centre", available: 81 }],
  variants: [{ id: "variant_1", title: "20 cm", sku: "BT-20", barcode: "8931028000012", price: 450000 }],
}

describe("hitView", () => {
  it("shows the document in the asked language, falling back to Vietnamese", () => {
    const en = hitView(doc, "en")
    expect(en.title).toBe("Bát Tràng crackle-glaze vase")
    expect(en.description).toBe("Bình dáng củ tỏi")
    expect(en.availability).toEqual([{ centre: { handle: "bat-trang", name: "Bát Tràng Centre" }, available: 81 }])
    const vi = hitView(doc, "vi")
    expect(vi.title).toBe("Bình gốm men rạn Bát Tràng")
    expect(vi.availability[0]!.centre.name).toBe("Trung tâm Bát Tràng")
  })

  it("gives prices as whole đồng with their currency", () => {
    const hit = hitView(doc, "vi")
    expect(hit.price).toEqual({ currency_code: "vnd", amount: 450000, max_amount: 1600000 })
    expect(hit.variants[0]!.price).toEqual({ currency_code: "vnd", amount: 450000 })
  })

  it("names the certificate's last valid day, as the certificate does", () => {
    expect(hitView(doc, "vi").ocop).toMatchObject({ stars: 4, expiry_date: "2027-09-12", certificate_number: "4682/QĐ-UBND" })
  })

  it("has no OCOP block for a product without a certificate", () => {
    expect(hitView({ ...doc, certified: false }, "vi").ocop).toBeNull()
  })
})

describe("facetCounts", () => {
  it("maps each facet's values to counts under the API's names", () => {
    const counts = facetCounts(
      {
        centres: { type: "value", values: [{ value: "bat-trang", count: 27 }, { value: "van-phuc", count: 2 }] },
        stars: { type: "value", values: [{ value: "4", count: 14 }] },
        price: { type: "range", ranges: [{ key: "0-100000", count: 0 }, { key: "3000000+", count: 5 }] },
      },
      ["centre", "stars", "price_ranges", "group"]
    )
    expect(counts).toEqual({
      centre: { "bat-trang": 27, "van-phuc": 2 },
      stars: { "4": 14 },
      price_ranges: { "0-100000": 0, "3000000+": 5 },
      group: {},
    })
  })

  it("labels centres and villages in the asked language", () => {
    const labels = {
      centres: new Map([["bat-trang", { name_vi: "Trung tâm Bát Tràng", name_en: "Bát Tràng Centre" }]]),
      villages: new Map([["kim-lan", "Làng gốm Kim Lan"]]),
    }
    const facets = { centre: { "bat-trang": 3 }, village: { "kim-lan": 1, unknown: 1 } }
    expect(facetLabels(facets, labels, "en")).toEqual({
      centre: { "bat-trang": "Bát Tràng Centre" },
      village: { "kim-lan": "Làng gốm Kim Lan", unknown: "unknown" },
    })
  })
})
