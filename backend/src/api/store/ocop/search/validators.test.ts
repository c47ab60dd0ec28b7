import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { validateQuery } from "../../../validate-query"
import { StoreOcopSearch } from "./validators"

/** Runs the route's real middleware on a query string and returns the parsed query or the error. */
function check(query: Record<string, unknown>) {
  const req: any = { query }
  let error: unknown
  validateQuery(StoreOcopSearch)(req, {} as any, (e?: unknown) => {
    error = e
  })
  return { query: req.validatedQuery, error: error as MedusaError | undefined }
}

const message = (query: Record<string, unknown>) => {
  const { error } = check(query)
  expect(error).toBeInstanceOf(MedusaError)
  expect(error!.type).toBe(MedusaError.Types.INVALID_DATA)
  return error!.message
}

describe("GET /store/ocop/search parameters", () => {
  it("refuses a query longer than 200 characters, naming q", () => {
    expect(message({ q: "a".repeat(201) })).toBe("q must be at most 200 characters.")
    expect(check({ q: "a".repeat(200) }).error).toBeUndefined()
    expect(message({ q: ["gom", "lua"] })).toBe("q must be one piece of text, given once.")
  })

  it("refuses an unknown facet or sort, naming the parameter and the value", () => {
    expect(message({ facets: "centre,colour" })).toMatch(/^facets: "colour" is not a facet; use one of centre, village/)
    expect(message({ sort: "cheapest" })).toMatch(/^sort: "cheapest" is not a sort; use one of relevance, price_asc/)
  })

  it("refuses a negative or fractional price, and a minimum above the maximum", () => {
    expect(message({ price_min: "-1" })).toBe("price_min cannot be negative.")
    expect(message({ price_max: "-50000" })).toBe("price_max cannot be negative.")
    expect(message({ price_min: "99.5" })).toMatch(/^price_min must be a whole amount in đồng/)
    expect(message({ price_min: "cheap" })).toMatch(/^price_min must be an amount in đồng/)
    expect(message({ price_min: "500000", price_max: "100000" })).toBe("price_min must not be above price_max.")
  })

  it("refuses a limit above 100, or below 1", () => {
    expect(message({ limit: "101" })).toBe("limit must be at most 100.")
    expect(message({ limit: "0" })).toBe("limit must be at least 1.")
    expect(message({ offset: "-1" })).toBe("offset cannot be negative.")
  })

  it("refuses misspelt parameters instead of silently ignoring them", () => {
    expect(message({ centr: "bat-trang" })).toBe('Unknown parameter "centr".')
  })

  it("names bad filter values", () => {
    expect(message({ stars: "6" })).toBe("stars must be 3 to 5.")
    expect(message({ group: "toys" })).toMatch(/^group: "toys" is not an OCOP product group/)
    expect(message({ centre: "Bát Tràng" })).toBe('centre: "Bát Tràng" is not a handle; handles look like bat-trang.')
    expect(message({ certified: "yes" })).toBe("certified must be true or false.")
    expect(message({ village: { x: "bat-trang" } })).toBe("village: must be one or more values separated by commas, such as a,b.")
  })

  it("reads lists given with commas or by repeating the parameter, and applies defaults", () => {
    const { query, error } = check({ centre: ["bat-trang", "van-phuc,duong-lam"], stars: "4,5", q: "  Gốm  " })
    expect(error).toBeUndefined()
    expect(query).toEqual({
      centre: ["bat-trang", "van-phuc", "duong-lam"],
      stars: [4, 5],
      q: "Gốm".normalize("NFC"),
      limit: 24,
      offset: 0,
    })
  })

  it("stores Vietnamese typed in decomposed form as NFC", () => {
    expect(check({ q: "Go\u0302\u0301m" }).query.q).toBe("Gốm")
  })
})
