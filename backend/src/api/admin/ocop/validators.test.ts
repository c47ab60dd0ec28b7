import { describe, expect, it } from "vitest"
import { AdminCreateProducer, AdminSetProductOcop, AdminUpdateProducer, CertificationFields } from "./validators"

const certificate = { stars: 4, group: "handicraft", decision_number: "1234/QĐ-UBND", issuing_level: "city", issue_date: "2026-01-10" }

describe("certificate dates", () => {
  it("takes real calendar days, and ISO date-times", () => {
    for (const day of ["2026-01-10", "2024-02-29", "2026-12-31", "2026-03-31T00:00:00.000Z", "2026-03-31T07:00:00+07:00"]) {
      expect(CertificationFields.safeParse({ ...certificate, issue_date: day }).success, day).toBe(true)
    }
  })

  it("refuses what a Date would read as another day: 2026-02-30 as 2 March, 2026-12-02junk as 12 June", () => {
    for (const day of ["2026-02-30", "2026-04-31", "2025-02-29", "2026-00-10", "2026-13-01", "2026-12-32", "2026-12-02junk", "9999-99-99"]) {
      expect(CertificationFields.safeParse({ ...certificate, issue_date: day }).success, day).toBe(false)
      expect(CertificationFields.safeParse({ ...certificate, expiry_date: day }).success, day).toBe(false)
      expect(AdminSetProductOcop.safeParse({ certification: { issue_date: day } }).success, day).toBe(false)
    }
    expect(CertificationFields.safeParse({ ...certificate, issue_date: "2026-02-30" }).error!.issues[0]!.message).toBe("must be a date such as 2025-03-31")
  })
})

describe("ids and addresses", () => {
  it("refuses an empty id (it reached the database as a village id, or removed a link), and keeps null for removing", () => {
    expect(AdminUpdateProducer.safeParse({ village_id: "" }).success).toBe(false)
    expect(AdminSetProductOcop.safeParse({ producer_id: "" }).success).toBe(false)
    expect(AdminSetProductOcop.safeParse({ village_id: "" }).success).toBe(false)
    expect(AdminSetProductOcop.safeParse({ village_id: null }).success).toBe(true)
    expect(AdminUpdateProducer.safeParse({ village_id: null }).success).toBe(true)
  })

  it("refuses an e-mail address longer than mail can carry", () => {
    const producer = { handle: "htx-thu", legal_name: "HTX Thử", type: "household", tax_code: "0101234567" }
    expect(AdminCreateProducer.safeParse({ ...producer, email: "hop-tac-xa@example.vn" }).success).toBe(true)
    expect(AdminCreateProducer.safeParse({ ...producer, email: `${"x".repeat(250)}@example.vn` }).success).toBe(false)
  })
})
