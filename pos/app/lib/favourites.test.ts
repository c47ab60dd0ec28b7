import { describe, expect, it } from "vitest"
import { favouriteProducts, togglePin } from "./favourites"

const p = (id: string) => ({ id, handle: id, title_vi: id, title_en: id, thumbnail: null, stars: 3, producer: null, variants: [] })
const catalogue = ["a", "b", "c", "d"].map(p)

describe("favouriteProducts", () => {
  it("shows the pinned ones, in order, when there are some", () => {
    expect(favouriteProducts(catalogue, ["c", "gone", "a"], [{ product_id: "b", quantity: 9 }]).map((x) => x.id)).toEqual(["c", "a"])
  })
  it("else the best sellers, then the first products", () => {
    const sold = [{ product_id: "c", quantity: 2 }, { product_id: "d", quantity: 1 }, { product_id: "c", quantity: 2 }, { product_id: "d", quantity: 5 }]
    expect(favouriteProducts(catalogue, [], sold, 3).map((x) => x.id)).toEqual(["d", "c", "a"])
    expect(favouriteProducts(catalogue, [], []).map((x) => x.id)).toEqual(["a", "b", "c", "d"])
  })
})

describe("togglePin", () => {
  it("pins at the end and unpins", () => {
    expect(togglePin(["a"], "b")).toEqual(["a", "b"])
    expect(togglePin(["a", "b"], "a")).toEqual(["b"])
  })
})
