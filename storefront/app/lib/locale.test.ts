import { describe, expect, it } from "vitest"
import { preferredLocale, switchLocalePath } from "./locale"

describe("preferredLocale", () => {
  it("keeps the visitor's earlier choice over the browser's languages", () => {
    expect(preferredLocale("a=1; ocop_lang=en", "vi-VN,vi;q=0.9")).toBe("en")
  })
  it("takes the best-ranked language we have from Accept-Language", () => {
    expect(preferredLocale(null, "ko-KR,ko;q=0.9,en-US;q=0.8,vi;q=0.5")).toBe("en")
    expect(preferredLocale(null, "fr;q=0.9,vi;q=0.95")).toBe("vi")
  })
  it("falls back to Vietnamese for languages we do not have, or none", () => {
    expect(preferredLocale(null, "ja,zh;q=0.8")).toBe("vi")
    expect(preferredLocale("ocop_lang=xx", null)).toBe("vi")
  })
})

describe("switchLocalePath", () => {
  it("swaps only the language prefix", () => {
    expect(switchLocalePath("/vi/products/binh-gom", "en")).toBe("/en/products/binh-gom")
    expect(switchLocalePath("/en", "vi")).toBe("/vi")
    expect(switchLocalePath("/en/search", "vi")).toBe("/vi/search")
  })
})
