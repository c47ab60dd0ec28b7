import { describe, expect, it } from "vitest"
import { fold } from "./fold"

describe("fold", () => {
  it("drops Vietnamese tone and vowel marks", () => {
    expect(fold("Bát Tràng")).toBe("bat trang")
    expect(fold("Gốm sứ")).toBe("gom su")
    expect(fold("Lụa Vạn Phúc")).toBe("lua van phuc")
    expect(fold("Hạ Thái sơn mài")).toBe("ha thai son mai")
  })

  it("folds đ and Đ to d, which Unicode decomposition alone does not", () => {
    expect(fold("đồng")).toBe("dong")
    expect(fold("Đường Lâm")).toBe("duong lam")
  })

  it("treats precomposed and decomposed input alike", () => {
    expect(fold("Vie\u0302\u0323t")).toBe(fold("Việt"))
  })

  it("leaves digits and ASCII as they are, lower-cased", () => {
    expect(fold("BT-BGMRB-20CM 8931028000012")).toBe("bt-bgmrb-20cm 8931028000012")
  })
})
