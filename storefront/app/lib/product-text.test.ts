import { describe, expect, it } from "vitest"
import { productDescription, productTitle } from "./product-text"

const binh = {
  title: "Bình gốm men lam Bát Tràng",
  description: "Gốm thủ công, men lam vẽ tay.",
  metadata: { title_en: "Bát Tràng blue-glaze vase", description_en: "Handmade pottery, hand-painted blue glaze." },
}

describe("product text", () => {
  it("shows English from metadata on English pages and the Vietnamese fields on Vietnamese pages", () => {
    expect(productTitle(binh, "en")).toBe("Bát Tràng blue-glaze vase")
    expect(productDescription(binh, "en")).toBe("Handmade pottery, hand-painted blue glaze.")
    expect(productTitle(binh, "vi")).toBe("Bình gốm men lam Bát Tràng")
    expect(productDescription(binh, "vi")).toBe("Gốm thủ công, men lam vẽ tay.")
  })

  it("falls back to Vietnamese when a product has no English yet", () => {
    expect(productTitle({ ...binh, metadata: null }, "en")).toBe(binh.title)
    expect(productTitle({ ...binh, metadata: { title_en: "" } }, "en")).toBe(binh.title)
    expect(productDescription({ description: binh.description }, "en")).toBe(binh.description)
  })

  it("answers an empty string rather than undefined or null for a product without text", () => {
    expect(productTitle({}, "en")).toBe("")
    expect(productDescription({ description: null }, "vi")).toBe("")
  })
})
