import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { validateQuery } from "../validate-query"
import { PosCreateCustomer, PosListSales } from "./validators"

/** Runs the route's real middleware on a query and returns the parsed query or the error. */
function check(query: Record<string, unknown>) {
  const req: any = { query }
  let error: MedusaError | undefined
  validateQuery(PosListSales)(req, {} as any, (e?: unknown) => {
    error = e as MedusaError | undefined
  })
  return { query: req.validatedQuery, error }
}

describe("GET /pos/sales parameters", () => {
  it("takes ISO dates and date-times for from and to", () => {
    expect(check({ from: "2026-12-01", to: "2026-12-02T08:00:00+07:00", receipt: "BT1-000042", limit: "5" }).error).toBeUndefined()
  })

  it("refuses a from or to that is not a date (it reached the database as an invalid date)", () => {
    for (const bad of ["yesterday", "2026-13-45", "2026-02-30", " ", "NaN"]) {
      const { error } = check({ from: bad })
      expect(error?.type, bad).toBe(MedusaError.Types.INVALID_DATA)
      expect(error?.message).toMatch(/^from: expected an ISO date/)
      expect(check({ to: bad }).error?.message).toMatch(/^to: /)
    }
  })

  it("refuses a parameter given twice or as an object", () => {
    expect(check({ receipt: ["BT1-1", "BT1-2"] }).error?.message).toBe("receipt: give this parameter once.")
    expect(check({ to: { $gt: "2026-12-01" } }).error?.type).toBe(MedusaError.Types.INVALID_DATA)
  })
})

describe("POST /pos/customers", () => {
  it("refuses an e-mail address longer than mail can carry (it was stored)", () => {
    const customer = { first_name: "Khách", last_name: "Thử" }
    expect(PosCreateCustomer.safeParse({ ...customer, email: "khach@example.vn" }).success).toBe(true)
    expect(PosCreateCustomer.safeParse({ ...customer, email: `${"x".repeat(10_000)}@example.vn` }).success).toBe(false)
  })
})
