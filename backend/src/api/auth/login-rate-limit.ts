import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logger } from "@medusajs/framework/logger"
import type { RateLimiterAbstract } from "rate-limiter-flexible"
import { loginKeys, loginLimiterFromEnv, reserveAttempt, settleAttempt } from "../../lib/login-limiter"

/**
 * Before Medusa's POST /auth/:actor_type/emailpass (sign-in only: register and reset-password
 * are other routes). Medusa has no limit of its own on guessing passwords, so an account or an
 * address with too many recent failures gets 429 without its password being checked (decision
 * 25). Only failures (401) count; a success never does, and clears the account's failures.
 */
export function loginRateLimit(limiter: RateLimiterAbstract = loginLimiterFromEnv(process.env, redisDown)) {
  return async function loginRateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const keys = loginKeys(String(req.params.actor_type), (req.body as { email?: unknown } | undefined)?.email, req.ip)
    try {
      const reservation = await reserveAttempt(limiter, keys)
      if (!reservation.allowed) {
        const seconds = reservation.retryAfterSeconds
        res.setHeader("Retry-After", String(seconds))
        res.status(429).json({ type: "too_many_attempts", message: tooManySentence(seconds), retry_after_seconds: seconds })
        return
      }
    } catch (error) {
      // Only a fault in the limiter itself gets here (a Redis outage is answered by the insurance):
      // let people sign in rather than lock everyone out, and say so.
      logger.error(`Login rate limit skipped: ${error instanceof Error ? error.message : String(error)}`)
      return next()
    }
    let settled = false
    const settle = (status: number | null) => {
      if (settled) return
      settled = true
      settleAttempt(limiter, keys, status).catch((error: Error) => logger.warn(`Login rate limit not settled: ${error.message}`))
    }
    res.once("finish", () => settle(res.statusCode))
    // Closed before the answer was sent: the caller hung up. It stays a failure, or hanging up on
    // each guess would clear the account's count.
    res.once("close", () => settle(null))
    next()
  }
}

export function tooManySentence(seconds: number): string {
  const minutes = Math.ceil(seconds / 60)
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`
}

function redisDown(error: Error) {
  logger.warn(`Login rate limit: Redis does not answer (${error.message}); each server counts failed sign-ins on its own until it does.`)
}
