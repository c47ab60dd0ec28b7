import { describe, expect, it } from "vitest"
import { formatDate, formatDateTime, formatMoney, hanoiDay } from "./format"

// Intl puts a no-break space between the amount and the sign.
const plain = (s: string) => s.replace(/\u00a0|\u202f/g, " ")

describe("formatMoney", () => {
  it("writes đồng as people read them, with no decimals", () => {
    expect(plain(formatMoney(450_000, "vnd", "vi"))).toBe("450.000 ₫")
    expect(formatMoney(450_000, "vnd", "en")).toBe("₫450,000")
    expect(formatMoney(0, "VND", "en")).toBe("₫0")
  })
  it("writes dollars with cents", () => {
    expect(formatMoney(18, "usd", "en")).toBe("US$18.00")
    expect(plain(formatMoney(18.5, "usd", "vi"))).toBe("18,50 US$")
  })
})

describe("formatDate", () => {
  it("writes the day in the page's language", () => {
    expect(formatDate("2026-12-31", "en")).toBe("31 December 2026")
    expect(formatDate("2026-12-31", "vi")).toBe("31 tháng 12, 2026")
  })

  it("gives the day in Hanoi, whatever time zone the server runs in", () => {
    const before = process.env.TZ
    try {
      // Placed at 03:00 in Hanoi on 17 February, which is still the 16th in UTC and New York.
      for (const tz of ["UTC", "America/New_York", "Asia/Ho_Chi_Minh"]) {
        process.env.TZ = tz
        expect(formatDate("2026-02-16T20:00:00.000Z", "en"), tz).toBe("17 February 2026")
      }
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })
})

describe("formatDateTime and hanoiDay", () => {
  it("say the time in Hanoi", () => {
    expect(formatDateTime("2026-02-16T20:05:00.000Z", "vi")).toBe("03:05 17/02/2026") // Vietnamese says the time first
    expect(formatDateTime("2026-02-16T20:05:00.000Z", "en")).toBe("17/02/2026, 03:05")
    expect(hanoiDay(new Date("2026-02-16T20:05:00.000Z"))).toBe("2026-02-17")
    expect(hanoiDay(new Date("2026-02-16T16:59:59.000Z"))).toBe("2026-02-16")
  })
})
