import { describe, expect, it } from "vitest"
import { abandonedAmong } from "./abandoned"

const web = { metadata: { kind: "web" } }
const online = { metadata: null }

describe("abandonedAmong", () => {
  it("takes a web order with no cart: its server died between creating it and linking it", () => {
    expect(abandonedAmong([{ id: "o1", sales_channel: web, cart: null }], new Set())).toEqual([{ id: "o1", reason: "web_without_cart" }])
  })

  it("leaves web orders that came from a cart, and orders outside the centres' web channels (an admin's draft orders)", () => {
    expect(abandonedAmong([{ id: "o1", sales_channel: web, cart: { id: "cart_1" } }, { id: "o2", sales_channel: online, cart: null }], new Set())).toEqual([])
  })

  it("takes a counter order whose sale never completed, and leaves one whose sale did", () => {
    const pos = (sale: string) => ({ metadata: { source: "pos", pos_sale_id: sale }, sales_channel: online, cart: null })
    expect(abandonedAmong([{ id: "o1", ...pos("psale_1") }, { id: "o2", ...pos("psale_2") }], new Set(["psale_2"]))).toEqual([{ id: "o1", reason: "counter_sale_not_recorded" }])
  })
})
