import { Redis } from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

/**
 * The login rate limit (decision 25): at most `maxFailures` failed sign-ins per `windowSeconds`
 * per account and per address. rate-limiter-flexible keeps the counts, in Redis when REDIS_URL is
 * set, so every server of a cluster (decision 24) sees the same ones; otherwise in this process.
 */
export type Env = Record<string, string | undefined>
export type LoginLimits = { maxFailures: number; windowSeconds: number }
export type LoginKeys = { account: string | null; ip: string | null }
export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Our keys must not meet Medusa's own in a shared Redis (its cache, locks, sessions). */
export const LOGIN_KEY_PREFIX = "ocop:login"

export function loginLimits(env: Env): LoginLimits {
  return {
    maxFailures: positiveInteger(env, "OCOP_LOGIN_MAX_FAILURES", 5),
    windowSeconds: positiveInteger(env, "OCOP_LOGIN_WINDOW_SECONDS", 900),
  }
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0 (got "${raw}").`)
  return value
}

/**
 * With a Redis client: RateLimiterRedis, insured by a RateLimiterMemory. While Redis does not
 * answer (down, or not connected yet), each server counts on its own instead, so sign-in keeps
 * working and is still limited per process; refusing every sign-in, or counting none, during an
 * outage would be worse. `rejectIfRedisNotReady` switches over at once rather than queueing.
 */
export function createLoginLimiter(limits: LoginLimits, redis?: Redis, keyPrefix = LOGIN_KEY_PREFIX): RateLimiterAbstract {
  const options = { keyPrefix, points: limits.maxFailures, duration: limits.windowSeconds }
  if (!redis) return new RateLimiterMemory(options)
  return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) })
}

/** The limiter this server uses, from its environment. */
export function loginLimiterFromEnv(env: Env, onRedisError?: (error: Error) => void): RateLimiterAbstract {
  const limits = loginLimits(env)
  return createLoginLimiter(limits, env.REDIS_URL ? loginRedis(env.REDIS_URL, onRedisError) : undefined)
}

/** A client whose commands fail at once while Redis is away, so the insurance answers without a wait. */
export function loginRedis(url: string, onError: (error: Error) => void = () => {}): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 })
  // Without a listener ioredis prints every failed reconnection; say it once per outage.
  let down = false
  redis.on("error", (error: Error) => {
    if (!down) onError(error)
    down = true
  })
  redis.on("ready", () => (down = false))
  return redis
}

/**
 * An account is the actor type and the e-mail as a person would type it (NFC, any case, spaces
 * around), so "An@x.vn" and "an@x.vn" share one count. The address is Express's `req.ip`.
 *
 * Loopback addresses get no count of their own: on one host (npm start, the cluster) the
 * storefront's server and the till's proxy sign in for every shopper, producer and clerk from
 * 127.0.0.1, so five wrong passwords from anyone would lock everyone out. Those sign-ins are
 * still limited per account. A proxy in front sets X-Forwarded-For, which Medusa trusts (one hop).
 */
export function loginKeys(actor: string, email: unknown, ip: string | undefined): LoginKeys {
  const folded = typeof email === "string" ? email.normalize("NFC").trim().toLowerCase() : ""
  return {
    account: folded ? `account:${actor}:${folded}` : null,
    ip: ip && !isLoopback(ip) ? `ip:${ip}` : null,
  }
}

export function isLoopback(ip: string): boolean {
  return ip === "::1" || /^(::ffff:)?127\./.test(ip)
}

const keysOf = (keys: LoginKeys) => [keys.account, keys.ip].filter((k): k is string => k !== null)

/**
 * Takes one attempt from each key before the password is checked, so a burst of parallel
 * requests cannot all pass while the first ones are still being checked. `settleAttempt` gives
 * back what a sign-in that did not fail took. Refused when a key has no attempts left.
 */
export async function reserveAttempt(limiter: RateLimiterAbstract, keys: LoginKeys): Promise<Reservation> {
  const taken = keysOf(keys)
  const results = await Promise.allSettled(taken.map((key) => limiter.consume(key)))
  const waits = results.flatMap((r) => (r.status === "rejected" && r.reason instanceof RateLimiterRes ? [r.reason.msBeforeNext] : []))
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected" && !(r.reason instanceof RateLimiterRes))
  const refused = waits.length > 0 || failed !== undefined
  if (refused) await Promise.all(taken.filter((_, i) => results[i]!.status === "fulfilled").map((key) => limiter.reward(key)))
  if (failed) throw failed.reason
  if (waits.length === 0) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) }
}

/**
 * After the answer: a 401 (or no answer at all: the caller hung up) keeps the attempt as a
 * failure. A success forgets the account's failures and gives the address its attempt back;
 * any other answer (a malformed body, a server error) was no guess at a password.
 */
export async function settleAttempt(limiter: RateLimiterAbstract, keys: LoginKeys, status: number | null): Promise<void> {
  if (status === null || status === 401) return
  const jobs: Promise<unknown>[] = []
  if (keys.account) jobs.push(status === 200 ? limiter.delete(keys.account) : limiter.reward(keys.account))
  if (keys.ip) jobs.push(limiter.reward(keys.ip))
  await Promise.all(jobs)
}
