import { describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { answeringUndecodablePaths, containsNul, refuseUnreadableInput } from "./refuse-unreadable-input"

function run(req: { originalUrl: string; query?: unknown; body?: unknown }) {
  let error: MedusaError | undefined
  refuseUnreadableInput({ query: {}, body: {}, ...req } as any, {} as any, (e?: unknown) => {
    error = e as MedusaError | undefined
  })
  return error
}

describe("refuseUnreadableInput", () => {
  it("lets ordinary requests through, Vietnamese and encoded slashes included", () => {
    expect(run({ originalUrl: "/store/ocop/villages/b%C3%A1t-tr%C3%A0ng?locale=vi", query: { locale: "vi" } })).toBeUndefined()
    expect(run({ originalUrl: "/pos/sales/BT1-000042%2F2", body: { note: "Gói quà", lines: [{ quantity: 1 }] } })).toBeUndefined()
  })

  it("refuses a path whose %-encoding does not decode (Express threw a URIError: a 500)", () => {
    for (const url of ["/admin/ocop/centres/%E0%A4%A", "/pos/sales/%zz", "/store/ocop/villages/%"]) {
      expect(run({ originalUrl: url })?.type, url).toBe(MedusaError.Types.INVALID_DATA)
    }
  })

  it("refuses NUL in the path, the query or the body, keys included (PostgreSQL stores none: a 500)", () => {
    expect(run({ originalUrl: "/store/ocop/producers/a%00b" })?.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(run({ originalUrl: "/pos/sales", query: { receipt: "a\u0000" } })?.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(run({ originalUrl: "/pos/customers", body: { first_name: "Gốm\u0000" } })?.message).toMatch(/NUL/)
    expect(run({ originalUrl: "/pos/sales", body: { lines: [{ discount: { reason: "\u0000" } }] } })).toBeDefined()
    expect(containsNul({ ["a\u0000"]: 1 })).toBe(true)
  })

  it("looks through deeply nested bodies without overflowing the stack", () => {
    let deep: unknown = "\u0000"
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(containsNul(deep)).toBe(true)
    expect(containsNul(Buffer.from([0]))).toBe(false)
  })
})

describe("answeringUndecodablePaths", () => {
  const answer = () => {
    const res: any = { headersSent: false, status: (s: number) => ((res.statusCode = s), res), json: (b: unknown) => ((res.body = b), res) }
    return res
  }

  it("answers Express's undecodable path parameter as a 400 sentence, and passes on everything else", () => {
    const passed: unknown[] = []
    const handler = answeringUndecodablePaths((err) => {
      passed.push(err)
    })
    const decode = Object.assign(new URIError("Failed to decode param '%zz'"), { status: 400, statusCode: 400 })
    const res = answer()
    handler(decode, {} as any, res, () => {})
    expect(res.statusCode).toBe(400)
    expect(res.body.message).toMatch(/%-encoding/)
    const other = new Error("boom")
    handler(other, {} as any, answer(), () => {})
    handler(new URIError("URI malformed"), {} as any, answer(), () => {})
    expect(passed).toHaveLength(2)
  })
})
