import { describe, expect, it } from "vitest"
import { makeTranslator } from "./index"

describe("makeTranslator", () => {
  const t = makeTranslator({ "cart.total": "Tổng cộng", "sync.pending": "{{count}} chờ gửi", "a.b": "{{x}} và {{y}}" })
  it("says a key's words and fills placeholders", () => {
    expect(t("cart.total")).toBe("Tổng cộng")
    expect(t("sync.pending", { count: 2 })).toBe("2 chờ gửi")
    expect(t("a.b", { x: 1 })).toBe("1 và ")
  })
  it("says a missing key as itself", () => {
    expect((t as (k: string) => string)("nope")).toBe("nope")
  })
})
