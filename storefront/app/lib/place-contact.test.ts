import { describe, expect, it } from "vitest"
import { translator } from "./messages.server"
import { hoursText, mapUrl, parseOpeningHours, productCount, schemaOpeningHours, telHref } from "./place-contact"

describe("mapUrl", () => {
  it("points Google Maps at the centre's coordinates", () => {
    expect(mapUrl(20.9766, 105.9129)).toBe("https://www.google.com/maps/search/?api=1&query=20.9766%2C105.9129")
  })

  it("gives no link for a centre without coordinates", () => {
    expect(mapUrl(null, 105.9)).toBeNull()
    expect(mapUrl(21, undefined)).toBeNull()
    expect(mapUrl(Number.NaN, 105.9)).toBeNull()
  })
})

describe("telHref", () => {
  it("turns a national number into an international one a foreign SIM can dial", () => {
    expect(telHref("024 3874 0000")).toBe("tel:+842438740000")
    expect(telHref("0987 977 436")).toBe("tel:+84987977436")
  })

  it("keeps numbers that are already international", () => {
    expect(telHref("+84 24 3874 0000")).toBe("tel:+842438740000")
    expect(telHref("0084 24 3874 0000")).toBe("tel:+842438740000")
  })
})

describe("parseOpeningHours", () => {
  it("reads the usual Vietnamese sentence", () => {
    expect(parseOpeningHours("08:00–17:30, thứ Hai – Chủ nhật")).toEqual({ opens: "08:00", closes: "17:30", from: "mo", to: "su" })
    expect(parseOpeningHours("7:30-17:00, Thứ Hai - Thứ Bảy")).toEqual({ opens: "07:30", closes: "17:00", from: "mo", to: "sa" })
  })

  it("reads text stored in decomposed Unicode (NFD) too", () => {
    expect(parseOpeningHours("08:00–17:00, thứ Hai – thứ Sáu".normalize("NFD"))?.to).toBe("fr")
  })

  it("leaves anything else to be shown as written", () => {
    expect(parseOpeningHours("Theo lịch hẹn")).toBeNull()
    expect(parseOpeningHours("08:00–17:00, ngày lễ – Tết")).toBeNull()
    expect(parseOpeningHours(null)).toBeNull()
  })
})

describe("schemaOpeningHours", () => {
  it("writes schema.org's day and time ranges", () => {
    expect(schemaOpeningHours({ opens: "08:00", closes: "17:30", from: "mo", to: "su" })).toBe("Mo-Su 08:00-17:30")
    expect(schemaOpeningHours({ opens: "09:00", closes: "12:00", from: "sa", to: "sa" })).toBe("Sa 09:00-12:00")
  })
})

describe("hoursText", () => {
  const vi = translator("vi")
  const en = translator("en")

  it("says a centre open all week the way each language does", () => {
    expect(hoursText("08:00–17:30, thứ Hai – Chủ nhật", en)).toBe("Daily, 08:00–17:30")
    expect(hoursText("08:00–17:30, thứ Hai – Chủ nhật", vi)).toBe("08:00–17:30, thứ Hai – Chủ nhật")
  })

  it("names the days in English", () => {
    expect(hoursText("08:00–17:00, thứ Hai – Thứ Bảy", en)).toBe("Monday to Saturday, 08:00–17:00")
  })

  it("shows hours it cannot read as written", () => {
    expect(hoursText("Theo lịch hẹn", en)).toBe("Theo lịch hẹn")
  })
})

describe("productCount", () => {
  it("says one product in the singular", () => {
    expect(productCount(1, translator("en"))).toBe("1 product")
    expect(productCount(36, translator("en"))).toBe("36 products")
    expect(productCount(36, translator("vi"))).toBe("36 sản phẩm")
  })
})
