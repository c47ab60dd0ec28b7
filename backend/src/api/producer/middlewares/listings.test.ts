import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { AdminApproveListing, listingsMiddlewares } from "./listings"

const certification = { stars: 4, group: "handicraft", decision_number: "1234/QĐ-UBND", issuing_level: "city", issue_date: "2026-01-10" }

describe("approving a listing", () => {
  it("takes a certificate that keeps the OCOP rules, or none", () => {
    expect(AdminApproveListing.safeParse({ comment: "Đạt.", certification }).success).toBe(true)
    expect(AdminApproveListing.safeParse({ certification: { ...certification, stars: 5, issuing_level: "national" } }).success).toBe(true)
    expect(AdminApproveListing.safeParse({}).success).toBe(true)
  })

  it("refuses a certificate the OCOP rules refuse, before the workflow makes the product", () => {
    const refused = (change: Record<string, unknown>) => AdminApproveListing.safeParse({ certification: { ...certification, ...change } })
    for (const change of [{ stars: 6 }, { stars: 2 }, { group: "toys" }, { issuing_level: "province" }, { stars: 5 }, { issue_date: "9999-99-99" }, { expiry_date: "2025-01-01" }]) {
      const result = refused(change)
      expect(result.success, JSON.stringify(change)).toBe(false)
      expect(result.error!.issues[0]!.path[0]).toBe("certification")
    }
    expect(refused({ stars: 6 }).error!.issues[0]!.message).toBe("stars must be a whole number from 3 to 5 (got 6).")
  })
})

describe("the upload kind", () => {
  const upload = listingsMiddlewares.find((m) => m.matcher === "/producer/uploads")!.middlewares![0] as (req: any, res: any, next: (e?: unknown) => void) => void

  it("refuses names an object has but UPLOAD_KINDS does not (the request hung or failed)", () => {
    for (const kind of ["constructor", "__proto__", "toString", "hasOwnProperty", "", undefined, ["image"]]) {
      let error: unknown
      upload({ query: { kind } }, {}, (e) => (error = e))
      expect(error, String(kind)).toBeInstanceOf(MedusaError)
      expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    }
  })
})
