import { describe, expect, it } from "vitest"
import { attachWedgeScanner, createWedgeDetector } from "./wedge-scanner"

/** Keys as a scanner or a person would send them: `gap` ms apart, starting at `start`. */
function keys(text: string, gap: number, start = 1_000) {
  return [...text].map((key, i) => ({ key, time: start + i * gap }))
}
const enter = (time: number) => ({ key: "Enter", time })

describe("createWedgeDetector", () => {
  it("reads a fast burst ended by Enter as a scan", () => {
    const d = createWedgeDetector()
    const burst = keys("8930000000017", 8)
    expect(burst.map((k) => d.feed(k))).toEqual(Array(13).fill(null))
    expect(d.feed(enter(1_000 + 13 * 8))).toBe("8930000000017")
    expect(d.pending).toBe(0)
  })

  it("leaves a person typing alone, however long the word", () => {
    const d = createWedgeDetector()
    for (const k of keys("8930000000017", 120)) expect(d.feed(k)).toBeNull()
    expect(d.feed(enter(1_000 + 13 * 120))).toBeNull()
  })

  it("ignores bursts shorter than a code, and an Enter long after the burst", () => {
    const d = createWedgeDetector()
    keys("12", 5).forEach((k) => d.feed(k))
    expect(d.feed(enter(1_010))).toBeNull()
    keys("89300000", 5, 2_000).forEach((k) => d.feed(k))
    expect(d.feed(enter(2_500))).toBeNull()
  })

  it("starts a new burst when a person's key comes before a scan", () => {
    const d = createWedgeDetector()
    d.feed({ key: "a", time: 0 })
    keys("12345678", 6, 500).forEach((k) => d.feed(k))
    expect(d.feed(enter(500 + 8 * 6))).toBe("12345678")
  })

  it("keeps capitals typed with Shift and accepts Tab as the end", () => {
    const d = createWedgeDetector()
    const seq = [
      { key: "Shift", time: 0 },
      { key: "B", time: 4 },
      { key: "T", time: 8 },
      { key: "1", time: 12 },
      { key: "-", time: 16 },
      { key: "0", time: 20 },
      { key: "Tab", time: 24 },
    ]
    expect(seq.map((k) => d.feed(k)).at(-1)).toBe("BT1-0")
  })

  it("drops a burst when a shortcut (Ctrl/Alt/Meta) comes in between", () => {
    const d = createWedgeDetector()
    keys("123456", 5).forEach((k) => d.feed(k))
    d.feed({ key: "v", time: 1_031, ctrlKey: true })
    expect(d.feed(enter(1_035))).toBeNull()
  })
})

describe("attachWedgeScanner", () => {
  function keydown(key: string, timeStamp: number) {
    const e = new Event("keydown", { cancelable: true })
    Object.defineProperties(e, { key: { value: key }, timeStamp: { value: timeStamp } })
    return e
  }

  it("hears scans on the page and keeps their Enter from submitting", () => {
    const page = new EventTarget()
    const scans: string[] = []
    const detach = attachWedgeScanner(page, (c) => scans.push(c))
    for (const k of keys("8930000000024", 7)) page.dispatchEvent(keydown(k.key, k.time))
    const end = keydown("Enter", 1_000 + 13 * 7)
    page.dispatchEvent(end)
    expect(scans).toEqual(["8930000000024"])
    expect(end.defaultPrevented).toBe(true)

    // A person's Enter goes through untouched.
    const typed = keydown("Enter", 9_000)
    page.dispatchEvent(typed)
    expect(typed.defaultPrevented).toBe(false)

    detach()
    for (const k of keys("8930000000031", 7, 10_000)) page.dispatchEvent(keydown(k.key, k.time))
    page.dispatchEvent(keydown("Enter", 10_000 + 13 * 7))
    expect(scans).toHaveLength(1)
  })
})
