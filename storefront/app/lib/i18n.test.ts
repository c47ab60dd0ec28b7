import { describe, expect, it } from "vitest"
import { en } from "../locales/en"
import { vi } from "../locales/vi"
import { translator } from "./messages.server"

describe("translator", () => {
  it("fills placeholders in the page's language", () => {
    expect(translator("en")("search.resultsFor", { count: 3, q: "gốm" })).toBe("3 products for “gốm”")
    expect(translator("vi")("search.resultsFor", { count: 3, q: "gốm" })).toBe("3 sản phẩm cho “gốm”")
  })
  it("has every Vietnamese sentence in English too, with the same placeholders", () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
      expect(en[key], key).toBeTruthy()
      expect(names(en[key]), key).toEqual(names(vi[key]))
    }
  })
})
