import { describe, expect, it } from "vitest"
import { bars } from "./bar-chart"

describe("bars", () => {
  it("sorts, keeps the top ones and scales to the largest", () => {
    const b = bars([{ label: "a", value: 100 }, { label: "b", value: 400 }, { label: "c", value: 200 }], 300, 2)
    expect(b).toEqual([{ label: "b", value: 400, length: 300 }, { label: "c", value: 200, length: 150 }])
  })
  it("draws nothing for nothing", () => {
    expect(bars([{ label: "a", value: 0 }], 300)).toEqual([{ label: "a", value: 0, length: 0 }])
    expect(bars([], 300)).toEqual([])
  })
})
