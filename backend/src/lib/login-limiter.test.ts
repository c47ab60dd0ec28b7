import net from "node:net"
import type { Redis } from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createLoginLimiter, isLoopback, loginKeys, loginLimits, loginRedis, reserveAttempt, settleAttempt, type LoginKeys } from "./login-limiter"

const LIMITS = { maxFailures: 5, windowSeconds: 900 }
const AN = loginKeys("customer", "an@example.com", "203.0.113.7")

/** `times` sign-ins that each answer `status`, as the middleware would see them. */
async function signIns(limiter: ReturnType<typeof createLoginLimiter>, keys: LoginKeys, status: number, times = 1) {
  for (let i = 0; i < times; i++) {
    const reservation = await reserveAttempt(limiter, keys)
    if (!reservation.allowed) return reservation
    await settleAttempt(limiter, keys, status)
  }
  return { allowed: true as const }
}

describe("login limits", () => {
  it("are 5 failures per 15 minutes unless the environment says otherwise", () => {
    expect(loginLimits({})).toEqual({ maxFailures: 5, windowSeconds: 900 })
    expect(loginLimits({ OCOP_LOGIN_MAX_FAILURES: "20", OCOP_LOGIN_WINDOW_SECONDS: "60" })).toEqual({ maxFailures: 20, windowSeconds: 60 })
  })

  it.each(["0", "-1", "2.5", "five"])("refuse OCOP_LOGIN_MAX_FAILURES=%s at start", (raw) => {
    expect(() => loginLimits({ OCOP_LOGIN_MAX_FAILURES: raw })).toThrow(/OCOP_LOGIN_MAX_FAILURES must be a whole number above 0/)
  })
})

describe("login keys", () => {
  it("fold the e-mail to NFC, lower case, no spaces around, per actor", () => {
    const decomposed = "Nguye\u0302\u0303n@Example.vn"
    expect(loginKeys("customer", ` ${decomposed} `, "203.0.113.7")).toEqual({ account: "account:customer:nguyễn@example.vn", ip: "ip:203.0.113.7" })
    expect(loginKeys("producer", "an@example.com", "203.0.113.7").account).not.toBe(AN.account)
  })

  it("count no account without an e-mail, and no address for loopback (the storefront's and till's own calls)", () => {
    expect(loginKeys("user", undefined, "203.0.113.7").account).toBeNull()
    for (const ip of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(ip)).toBe(true)
    for (const ip of ["10.0.0.1", "::ffff:10.0.0.1", "2001:db8::1"]) expect(isLoopback(ip)).toBe(false)
    expect(loginKeys("user", "a@b.vn", "::ffff:127.0.0.1").ip).toBeNull()
  })
})

describe("login limiter in memory", () => {
  it("refuses the sixth attempt after five failures, saying when to try again", async () => {
    const limiter = createLoginLimiter(LIMITS)
    expect(await signIns(limiter, AN, 401, 5)).toEqual({ allowed: true })
    const refused = await reserveAttempt(limiter, AN)
    expect(refused.allowed).toBe(false)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(890)
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeLessThanOrEqual(900)
  })

  it("never counts successes, and a success forgets the account's failures but not the address's", async () => {
    const limiter = createLoginLimiter(LIMITS)
    expect(await signIns(limiter, AN, 200, 50)).toEqual({ allowed: true })
    await signIns(limiter, AN, 401, 4)
    await signIns(limiter, AN, 200)
    // The account starts again; the address still has its 4 failures: one more is its last.
    const other = loginKeys("customer", "binh@example.com", "203.0.113.7")
    expect(await signIns(limiter, other, 401)).toEqual({ allowed: true })
    expect((await reserveAttempt(limiter, other)).allowed).toBe(false)
    expect((await reserveAttempt(limiter, loginKeys("customer", "an@example.com", "198.51.100.9"))).allowed).toBe(true)
  })

  it("limits an account from any address, and an address across accounts", async () => {
    const limiter = createLoginLimiter(LIMITS)
    for (let i = 0; i < 5; i++) await signIns(limiter, loginKeys("user", "clerk@ocop.test", `198.51.100.${i}`), 401)
    expect((await reserveAttempt(limiter, loginKeys("user", "CLERK@ocop.test", "198.51.100.99"))).allowed).toBe(false)
    expect((await reserveAttempt(limiter, loginKeys("customer", "clerk@ocop.test", "198.51.100.99"))).allowed).toBe(true)
  })

  it("gives back the attempt of an answer that was no guess (400, 500), and keeps one whose caller hung up", async () => {
    const limiter = createLoginLimiter({ maxFailures: 2, windowSeconds: 60 })
    expect(await signIns(limiter, AN, 400, 10)).toEqual({ allowed: true })
    expect(await signIns(limiter, AN, 500, 10)).toEqual({ allowed: true })
    await reserveAttempt(limiter, AN)
    await settleAttempt(limiter, AN, null)
    await signIns(limiter, AN, 401)
    expect((await reserveAttempt(limiter, AN)).allowed).toBe(false)
  })

  it("lets no more through than the limit when attempts arrive all at once", async () => {
    const limiter = createLoginLimiter(LIMITS)
    const reservations = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt(limiter, AN)))
    expect(reservations.filter((r) => r.allowed)).toHaveLength(5)
  })

  it("gives the address its attempt back when only the account is refused", async () => {
    const limiter = createLoginLimiter({ maxFailures: 2, windowSeconds: 60 })
    await signIns(limiter, loginKeys("customer", "an@example.com", "198.51.100.1"), 401, 2)
    for (let i = 0; i < 5; i++) expect((await reserveAttempt(limiter, AN)).allowed).toBe(false)
    expect((await reserveAttempt(limiter, loginKeys("customer", "binh@example.com", "203.0.113.7"))).allowed).toBe(true)
  })
})

/** Redis where this machine has one (127.0.0.1:6379); the tests that need a real server skip without it. */
const REDIS_URL = "redis://127.0.0.1:6379"
const NO_REDIS = "no redis-server answers on 127.0.0.1:6379"
const reachable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.setTimeout(500)
    const done = (up: boolean) => {
      socket.destroy()
      resolve(up)
    }
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
    socket.once("timeout", () => done(false))
  })

const clients: Redis[] = []
const ready = (redis: Redis) => (redis.status === "ready" ? Promise.resolve() : new Promise<void>((resolve) => redis.once("ready", () => resolve())))
async function server(prefix: string, limits = LIMITS) {
  const redis = loginRedis(REDIS_URL)
  clients.push(redis)
  await ready(redis)
  return { redis, limiter: createLoginLimiter(limits, redis, prefix) }
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())))
})

describe("login limiter on Redis", () => {
  const prefix = `ocop:login:test:${process.pid}:${Date.now()}`
  let redisUp = false
  beforeAll(async () => {
    redisUp = await reachable(6379)
  })
  afterAll(async () => {
    if (!clients[0]) return
    const keys = await clients[0].keys(`${prefix}*`)
    if (keys.length > 0) await clients[0].del(...keys)
  })

  it("shares the count between two servers", async ({ skip }) => {
    skip(!redisUp, NO_REDIS)
    const [a, b] = [await server(prefix), await server(prefix)]
    for (const [i, s] of [a, b, a, b, a].entries()) expect(await signIns(s.limiter, AN, 401), `failure ${i + 1}`).toEqual({ allowed: true })
    expect((await reserveAttempt(b.limiter, AN)).allowed).toBe(false)
    expect((await reserveAttempt(a.limiter, AN)).allowed).toBe(false)
    expect(await a.redis.pttl(`${prefix}:${AN.account}`)).toBeGreaterThan(890_000)
    // A success on one server clears the account for both; the address keeps its failures.
    const chi = loginKeys("customer", "chi@example.com", "198.51.100.20")
    await signIns(b.limiter, chi, 401, 3)
    await signIns(a.limiter, chi, 200)
    expect(await a.redis.get(`${prefix}:${chi.account}`)).toBeNull()
    expect(await a.redis.get(`${prefix}:${chi.ip}`)).toBe("3")
    const dung = loginKeys("customer", "dung@example.com", "198.51.100.20")
    expect(await signIns(b.limiter, dung, 401, 2)).toEqual({ allowed: true })
    expect((await reserveAttempt(a.limiter, dung)).allowed).toBe(false)
  })

  it("keeps limiting in each process while Redis does not answer, and uses Redis again once it does", async ({ skip }) => {
    skip(!redisUp, NO_REDIS)
    const { redis, limiter } = await server(`${prefix}:outage`, { maxFailures: 2, windowSeconds: 60 })
    // What an outage looks like to the client: not "ready" (connect() below is Redis coming back).
    const ended = new Promise((resolve) => redis.once("end", resolve))
    redis.disconnect()
    await ended
    expect(await signIns(limiter, AN, 401, 2)).toEqual({ allowed: true })
    expect((await reserveAttempt(limiter, AN)).allowed).toBe(false)
    expect(await clients[0]!.keys(`${prefix}:outage*`)).toEqual([])
    await redis.connect()
    await ready(redis)
    await signIns(limiter, loginKeys("customer", "binh@example.com", "198.51.100.30"), 401)
    expect(await clients[0]!.get(`${prefix}:outage:account:customer:binh@example.com`)).toBe("1")
  })
})

describe("login limiter with Redis configured but unreachable", () => {
  it("answers from memory at once instead of waiting for Redis", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo
        probe.close(() => resolve(port))
      })
    })
    const redis = loginRedis(`redis://127.0.0.1:${closedPort}`)
    clients.push(redis)
    const limiter = createLoginLimiter({ maxFailures: 2, windowSeconds: 60 }, redis)
    const started = Date.now()
    expect(await signIns(limiter, AN, 401, 2)).toEqual({ allowed: true })
    expect((await reserveAttempt(limiter, AN)).allowed).toBe(false)
    expect(Date.now() - started).toBeLessThan(500)
  })
})
