import { describe, expect, it } from "vitest"
import { clip, pageMeta } from "./page-meta"

describe("clip", () => {
  it("keeps short text whole", () => {
    expect(clip("Gốm Bát Tràng", 160)).toBe("Gốm Bát Tràng")
  })

  it("cuts long text at a word and marks the cut", () => {
    const cut = clip("Bát Tràng has made pottery since the Lý dynasty", 20)
    expect(cut).toBe("Bát Tràng has made…")
    expect(cut.length).toBeLessThanOrEqual(20)
  })
})

describe("pageMeta", () => {
  it("gives a public page its title, description, canonical URL, Open Graph tags and an explicit index", () => {
    const tags = pageMeta({ title: "Làng gốm Bát Tràng", description: "Gốm  sứ\n từ thời Lý.", url: "https://shop.test/vi/villages/bat-trang", locale: "vi" })
    expect(tags).toContainEqual({ name: "description", content: "Gốm sứ từ thời Lý." })
    expect(tags).toContainEqual({ name: "robots", content: "index, follow" })
    expect(tags).toContainEqual({ tagName: "link", rel: "canonical", href: "https://shop.test/vi/villages/bat-trang" })
    expect(tags).toContainEqual({ property: "og:locale", content: "vi_VN" })
    expect(tags.some((t) => "property" in t && t.property === "og:image")).toBe(false)
  })
})
