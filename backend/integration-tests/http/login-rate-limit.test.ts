import { randomInt, randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it, inject } from "vitest"
import { api } from "./api"

/**
 * The login rate limit (decision 25) on the real server, at its real default: 5 failures per 15
 * minutes per account and per address.
 *
 * Every test file signs in from 127.0.0.1 to one shared server. Loopback has no per-address count
 * (the storefront and till sign in for everyone from there), so other files' few wrong passwords
 * cannot use up an address; this file plays outside callers through X-Forwarded-For, which Medusa
 * trusts for one proxy hop. Addresses (198.18.0.0/15, for tests) and e-mails are new on each run,
 * so a server counting in Redis keeps no count from an earlier run that would change the answers.
 */
type Reply = { status: number; body: any; retryAfter: string | null }

async function signIn(actor: string, email: string, password: string, ip: string): Promise<Reply> {
  const res = await fetch(`${inject("baseUrl")}/auth/${actor}/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ email, password }),
  })
  return { status: res.status, body: await res.json(), retryAfter: res.headers.get("retry-after") }
}

const run = randomUUID().slice(0, 8)
const email = (name: string) => `login-limit-${name}-${run}@example.com`
const address = () => `198.${randomInt(18, 20)}.${randomInt(0, 256)}.${randomInt(1, 255)}`
const PASSWORD = "lotus-pond-2026"

async function register(who: string) {
  const { status } = await api("/auth/customer/emailpass/register", { method: "POST", body: { email: who, password: PASSWORD } })
  expect(status).toBe(200)
  return who
}

let an: string, binh: string, chi: string
beforeAll(async () => {
  ;[an, binh, chi] = await Promise.all([register(email("an")), register(email("binh")), register(email("chi"))])
})

describe("login rate limit", () => {
  it("answers 429 to an account after five wrong passwords, from any address, even with the right one", async () => {
    for (let i = 0; i < 5; i++) expect((await signIn("customer", an, "wrong-password", address())).status).toBe(401)
    const refused = await signIn("customer", an.toUpperCase(), PASSWORD, address())
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({ type: "too_many_attempts", message: expect.stringMatching(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/), retry_after_seconds: expect.any(Number) })
    expect(refused.body.retry_after_seconds).toBeGreaterThan(800)
    expect(refused.body.retry_after_seconds).toBeLessThanOrEqual(900)
    expect(refused.retryAfter).toBe(String(refused.body.retry_after_seconds))
  })

  it("answers 429 to an address after five failures on any accounts and actors, and not to others", async () => {
    const ip = address()
    for (const [i, actor] of ["customer", "user", "producer", "customer", "user"].entries()) {
      expect((await signIn(actor, email(`nobody-${i}`), "guess", ip)).status).toBe(401)
    }
    expect((await signIn("customer", binh, PASSWORD, ip)).status).toBe(429)
    expect((await signIn("producer", binh, PASSWORD, ip)).status).toBe(429)
    expect((await signIn("customer", binh, PASSWORD, address())).status).toBe(200)
  })

  it("never counts successes, and a success clears the account's failures", async () => {
    const ip = address()
    for (let i = 0; i < 12; i++) expect((await signIn("customer", chi, PASSWORD, ip)).status).toBe(200)
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) expect((await signIn("customer", chi, "wrong-password", address())).status).toBe(401)
      expect((await signIn("customer", chi, PASSWORD, address())).status).toBe(200)
    }
  })

  it("leaves registration and password reset alone for a locked account", async () => {
    const reset = await api("/auth/customer/emailpass/reset-password", { method: "POST", body: { identifier: an } })
    expect(reset.status).toBe(201)
    const taken = await api("/auth/customer/emailpass/register", { method: "POST", body: { email: an, password: PASSWORD } })
    expect(taken.status).not.toBe(429)
  })
})
