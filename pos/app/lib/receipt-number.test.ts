import { describe, expect, it } from "vitest"
import { defaultTillId, findReceiptNumber, firstFreeTillId, formatReceiptNumber, receiptPrefix } from "./receipt-number"

describe("receipt numbers", () => {
  it("joins the till's prefix and a six-digit sequence", () => {
    expect(formatReceiptNumber("BT-1", 42)).toBe("BT1-000042")
    expect(formatReceiptNumber("bt-1", 1_234_567)).toBe("BT1-1234567")
    expect(receiptPrefix("Van Phuc 2")).toBe("VANPHUC2")
  })
  it("refuses a sequence below 1 and a till id without letters", () => {
    expect(() => formatReceiptNumber("BT-1", 0)).toThrow(RangeError)
    expect(() => receiptPrefix("--")).toThrow()
  })
  it("finds the number in what was typed or scanned", () => {
    expect(findReceiptNumber(" bt1-000042 ")).toBe("BT1-000042")
    expect(findReceiptNumber("https://shop.example/vi/receipts/BT1-000042?t=abc")).toBe("BT1-000042")
    expect(findReceiptNumber("hello")).toBeNull()
  })
  it("names a new till after its centre", () => {
    expect(defaultTillId("bat-trang")).toBe("BT-1")
    expect(defaultTillId("pho-co-ha-noi")).toBe("PCHN-1")
  })
  it("sets up a new device as the centre's first till with no open shift", async () => {
    const open = new Set(["BT-1", "BT-2"])
    expect(await firstFreeTillId("bat-trang", async (id) => open.has(id))).toBe("BT-3")
    expect(await firstFreeTillId("bat-trang", async () => false)).toBe("BT-1")
    // Offline on first start: BT-1, to be changed in Settings.
    expect(await firstFreeTillId("bat-trang", async () => Promise.reject(new Error("offline")))).toBe("BT-1")
  })
})
