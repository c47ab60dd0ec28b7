import { EventEmitter } from "node:events"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describe, expect, it, vi } from "vitest"
import { createLoginLimiter } from "../../lib/login-limiter"
import { loginRateLimit, tooManySentence } from "./login-rate-limit"

/** Just enough of Express's response: status, headers, json, and the events the middleware waits for. */
class FakeResponse extends EventEmitter {
  statusCode = 200
  headers: Record<string, string> = {}
  body: unknown
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value
    return this
  }
  status(code: number) {
    this.statusCode = code
    return this
  }
  json(body: unknown) {
    this.body = body
    this.emit("finish")
    this.emit("close")
    return this
  }
}

/**
 * One POST /auth/:actor/emailpass through the middleware and, when it lets the request on, a
 * stand-in for Medusa's route that answers `status` (401 for a wrong password).
 */
async function signIn(middleware: ReturnType<typeof loginRateLimit>, status: number, opts: { actor?: string; email?: string; ip?: string } = {}) {
  const req = { params: { actor_type: opts.actor ?? "customer" }, body: { email: opts.email ?? "an@example.com", password: "x" }, ip: opts.ip ?? "203.0.113.7" }
  const res = new FakeResponse()
  const next = vi.fn()
  await middleware(req as unknown as MedusaRequest, res as unknown as MedusaResponse, next)
  if (next.mock.calls.length > 0) res.status(status).json({})
  // The count is settled after the answer, without holding it up.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return { passed: next.mock.calls.length > 0, res }
}

const middleware = () => loginRateLimit(createLoginLimiter({ maxFailures: 5, windowSeconds: 900 }))

describe("login rate limit middleware", () => {
  it("answers the sixth attempt after five wrong passwords with 429, without asking Medusa", async () => {
    const limit = middleware()
    for (let i = 0; i < 5; i++) expect((await signIn(limit, 401)).passed).toBe(true)
    const { passed, res } = await signIn(limit, 200)
    expect(passed).toBe(false)
    expect(res.statusCode).toBe(429)
    expect(res.headers["retry-after"]).toBe("900")
    expect(res.body).toEqual({ type: "too_many_attempts", message: "Too many failed sign-ins. Try again in 15 minutes.", retry_after_seconds: 900 })
  })

  it("never counts successful sign-ins", async () => {
    const limit = middleware()
    for (let i = 0; i < 100; i++) expect((await signIn(limit, 200)).passed).toBe(true)
  })

  it("clears the account's failures on a success, and keeps the address's", async () => {
    const limit = middleware()
    for (let i = 0; i < 4; i++) await signIn(limit, 401)
    await signIn(limit, 200)
    expect((await signIn(limit, 401, { email: "binh@example.com" })).passed).toBe(true)
    expect((await signIn(limit, 200, { email: "chi@example.com" })).passed).toBe(false)
    expect((await signIn(limit, 200, { ip: "198.51.100.1" })).passed).toBe(true)
  })

  it("limits each actor's account apart, and lets loopback callers be limited per account only", async () => {
    const limit = middleware()
    for (let i = 0; i < 5; i++) await signIn(limit, 401, { actor: "user", email: `clerk${i}@ocop.test`, ip: "127.0.0.1" })
    expect((await signIn(limit, 200, { actor: "user", email: "admin@ocop.test", ip: "127.0.0.1" })).passed).toBe(true)
    for (let i = 0; i < 5; i++) await signIn(limit, 401, { actor: "producer", ip: `198.51.100.${i}` })
    expect((await signIn(limit, 200, { actor: "producer", ip: "198.51.100.99" })).passed).toBe(false)
    expect((await signIn(limit, 200, { actor: "customer", ip: "198.51.100.99" })).passed).toBe(true)
  })

  it("lets people sign in when the limiter itself fails, rather than lock everyone out", async () => {
    const broken = createLoginLimiter({ maxFailures: 5, windowSeconds: 900 })
    broken.consume = () => Promise.reject(new Error("boom"))
    expect((await signIn(loginRateLimit(broken), 200)).passed).toBe(true)
  })
})

describe("too many sign-ins sentence", () => {
  it("says the minutes to wait, rounded up", () => {
    expect(tooManySentence(61)).toBe("Too many failed sign-ins. Try again in 2 minutes.")
    expect(tooManySentence(30)).toBe("Too many failed sign-ins. Try again in 1 minute.")
  })
})
