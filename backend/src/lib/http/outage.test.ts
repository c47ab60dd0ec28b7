import { describe, expect, it } from "vitest"
import { outageOf } from "./outage"

describe("outageOf", () => {
  it("recognises Redis going away as ioredis reports it", () => {
    const e = Object.assign(new Error('Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.'), { name: "MaxRetriesPerRequestError" })
    expect(outageOf(e)).toBe("redis_unavailable")
    expect(outageOf(new Error("Connection is closed."))).toBe("redis_unavailable")
  })

  it("recognises PostgreSQL restarting, however deeply the driver's error is wrapped", () => {
    const pg = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })
    expect(outageOf(pg)).toBe("database_unavailable")
    expect(outageOf(new Error("workflow failed", { cause: { previous: pg } }))).toBe("database_unavailable")
    expect(outageOf(new Error("Connection terminated unexpectedly"))).toBe("database_unavailable")
    expect(outageOf(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe("database_unavailable")
    expect(outageOf(new Error("Knex: Timeout acquiring a connection. The pool is probably full."))).toBe("database_busy")
  })

  it("leaves every other error to Medusa's handler", () => {
    expect(outageOf(new Error("Variant variant_1 does not have the required inventory"))).toBeNull()
    expect(outageOf(Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" }))).toBeNull()
    expect(outageOf("a string")).toBeNull()
    expect(outageOf(undefined)).toBeNull()
  })
})
