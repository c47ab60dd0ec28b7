import { describe, expect, it } from "vitest"
import { HANDLE_PATTERN, toHandle } from "./handle"

describe("handles", () => {
  it("folds Vietnamese diacritics and đ", () => {
    expect(toHandle("Bát Tràng")).toBe("bat-trang")
    expect(toHandle("Đường Lâm")).toBe("duong-lam")
    expect(toHandle("  Chuyên Mỹ / Phú Xuyên ")).toBe("chuyen-my-phu-xuyen")
    expect(toHandle("Quảng Phú Cầu")).toBe("quang-phu-cau")
  })

  it("produces handles the pattern accepts", () => {
    expect(HANDLE_PATTERN.test(toHandle("Vạn Phúc (Hà Đông)"))).toBe(true)
    expect(HANDLE_PATTERN.test("Bat Trang")).toBe(false)
  })
})
