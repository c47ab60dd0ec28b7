import { describe, expect, it } from "vitest"
import { coverageAt, deliveryLocation, type CartLine, type FreeStock } from "./centre-coverage"

const vase: CartLine = { title: "Bình gốm", quantity: 2, inventory: [{ inventory_item_id: "ii_vase", required_quantity: 1 }] }
const free = (entries: Record<string, number>): FreeStock => new Map(Object.entries(entries))

describe("centre coverage", () => {
  it("covers a cart only where every line has enough free stock", () => {
    const stock = free({ "ii_vase@bt": 2, "ii_vase@vp": 1 })
    expect(coverageAt([vase], "bt", stock)).toEqual({ location_id: "bt", can_fulfil: true, shortages: [] })
    expect(coverageAt([vase], "vp", stock)).toEqual({ location_id: "vp", can_fulfil: false, shortages: [{ title: "Bình gốm", wanted: 2, available: 1 }] })
    expect(coverageAt([vase], "dl", stock).shortages).toEqual([{ title: "Bình gốm", wanted: 2, available: 0 }])
  })

  it("adds up two lines drawing on one inventory item (a bundle and the piece alone)", () => {
    const set: CartLine = { title: "Bộ quà", quantity: 1, inventory: [{ inventory_item_id: "ii_vase", required_quantity: 2 }] }
    const stock = free({ "ii_vase@bt": 3 })
    const cover = coverageAt([vase, set], "bt", stock)
    expect(cover.can_fulfil).toBe(false)
    expect(cover.shortages.map((s) => s.title).sort()).toEqual(["Bình gốm", "Bộ quà"])
    expect(coverageAt([vase, set], "bt", free({ "ii_vase@bt": 4 })).can_fulfil).toBe(true)
  })

  it("ships from the option's own centre when it can, else from the first centre that has everything", () => {
    const stock = free({ "ii_vase@bt": 1, "ii_vase@vp": 5, "ii_vase@dl": 9 })
    expect(deliveryLocation([vase], "bt", ["bt", "vp", "dl"], stock)).toBe("vp")
    expect(deliveryLocation([vase], "dl", ["bt", "vp", "dl"], stock)).toBe("dl")
    expect(deliveryLocation([{ ...vase, quantity: 10 }], "bt", ["bt", "vp", "dl"], stock)).toBeNull()
  })
})
