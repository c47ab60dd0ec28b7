import { describe, expect, it } from "vitest"
import { certificationStatus, daysUntil, defaultExpiryDate } from "./certification-dates"

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe("certificate expiry", () => {
  it("is 36 months after issue", () => {
    expect(defaultExpiryDate(d("2024-05-10")).toISOString().slice(0, 10)).toBe("2027-05-10")
  })

  it("falls back to the month's last day when the day does not exist", () => {
    expect(defaultExpiryDate(d("2024-02-29")).toISOString().slice(0, 10)).toBe("2027-02-28")
    expect(defaultExpiryDate(d("2023-08-31")).toISOString().slice(0, 10)).toBe("2026-08-31")
  })
})

describe("certificate status", () => {
  const now = new Date("2026-11-22T10:00:00Z")

  it("is valid more than 90 days ahead", () => {
    expect(certificationStatus(d("2027-03-01"), now)).toBe("valid")
  })

  it("is expiring within 90 days", () => {
    expect(certificationStatus(d("2027-02-19"), now)).toBe("expiring")
    expect(certificationStatus(d("2026-11-22"), now)).toBe("expiring") // last valid day
  })

  it("is expired once the expiry day has passed", () => {
    expect(certificationStatus(d("2026-11-21"), now)).toBe("expired")
  })

  it("counts whole days", () => {
    expect(daysUntil(d("2026-12-02"), now)).toBe(10)
    expect(daysUntil(d("2026-11-20"), now)).toBe(-2)
  })
})
