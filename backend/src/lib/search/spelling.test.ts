import { describe, expect, it } from "vitest"
import { correctQuery, typoBudget, vocabularyOf } from "./spelling"

const vocabulary = vocabularyOf([
  "Bình gốm men rạn Bát Tràng Bat Trang crackle-glaze vase",
  "Bộ ấm chén men lam Bát Tràng celadon tea set ceramic",
  "Khăn lụa Vạn Phúc silk scarf",
  "Trống đồng Đông Sơn bronze drum",
  "Gốm Kim Lan ceramic cups",
])

describe("vocabularyOf", () => {
  it("folds diacritics and counts the texts each word appears in", () => {
    expect(vocabulary.get("bat")).toBe(2)
    expect(vocabulary.get("trang")).toBe(2)
    expect(vocabulary.get("gom")).toBe(2)
    expect(vocabulary.get("dong")).toBe(1)
    expect(vocabulary.has("gốm")).toBe(false)
  })
})

describe("correctQuery", () => {
  it("fixes one typo per word, a swap of two letters included", () => {
    expect(correctQuery("bat trnag", vocabulary)).toEqual({ query: "bat trang", corrections: [["trnag", "trang"]] })
    expect(correctQuery("ceramc", vocabulary).query).toBe("ceramic")
    expect(correctQuery("Bát Trangg", vocabulary).query).toBe("bat trang")
  })

  it("leaves known words, short words and numbers alone", () => {
    expect(correctQuery("lua van phuc", vocabulary)).toEqual({ query: "lua van phuc", corrections: [] })
    expect(correctQuery("gon", vocabulary).corrections).toEqual([])
    expect(correctQuery("8931028000013", vocabulary).corrections).toEqual([])
  })

  it("keeps a word with nothing close enough, rather than guessing", () => {
    expect(correctQuery("xylophone", vocabulary)).toEqual({ query: "xylophone", corrections: [] })
  })

  it("allows two edits from eight letters on", () => {
    expect(typoBudget("gom")).toBe(0)
    expect(typoBudget("trang")).toBe(1)
    expect(typoBudget("celadons")).toBe(2)
    expect(correctQuery("crakcle-glase", vocabulary).query).toBe("crackle glaze")
  })

  it("prefers the more common word when two are equally close", () => {
    // "laxx" is one edit from both; "lamx" is in two texts, "laxe" in one.
    const v = vocabularyOf(["laxe", "lamx", "lamx lamx"])
    expect(v.get("lamx")).toBe(2)
    expect(correctQuery("laxx", v).query).toBe("lamx")
  })
})
