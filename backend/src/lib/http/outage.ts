/**
 * Tells an outage of the database or Redis from a fault in our code. While PostgreSQL restarts or
 * Redis is briefly away, Medusa's own error handler answers "500 An unknown error occurred.",
 * which reads like a bug and invites no retry. These errors get a 503 with a sentence and a
 * Retry-After instead (api/outage-error-handler.ts); everything else is Medusa's as before.
 */
export type Outage = "database_unavailable" | "database_busy" | "redis_unavailable"

// PostgreSQL SQLSTATEs for a server shutting down, starting up or a lost connection.
const PG_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300"])
const PG_MESSAGES = [
  /Connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Client has encountered a connection error/i,
  /connect ECONNREFUSED [^ ]*:5\d{3}\b/,
]
const REDIS_NAMES = new Set(["MaxRetriesPerRequestError"])
const REDIS_MESSAGES = [/max retries per request/i, /Connection is closed\./, /Stream isn't writeable/i, /connect ECONNREFUSED [^ ]*:63\d\d\b/]

type ErrorLike = { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; previous?: unknown }

/** Which service an error says is away, looking through wrapped causes; null for anything else. */
export function outageOf(error: unknown, depth = 0): Outage | null {
  if (!error || typeof error !== "object" || depth > 5) return null
  const e = error as ErrorLike
  const message = typeof e.message === "string" ? e.message : ""
  if (typeof e.name === "string" && REDIS_NAMES.has(e.name)) return "redis_unavailable"
  if (REDIS_MESSAGES.some((r) => r.test(message))) return "redis_unavailable"
  // Every pooled connection stayed busy for the whole wait: the database answers, this server is overloaded.
  if (/Timeout acquiring a connection/i.test(message)) return "database_busy"
  if (typeof e.code === "string" && PG_CODES.has(e.code)) return "database_unavailable"
  if (PG_MESSAGES.some((r) => r.test(message))) return "database_unavailable"
  return outageOf(e.cause, depth + 1) ?? outageOf(e.previous, depth + 1)
}

export const OUTAGE_RETRY_AFTER_SECONDS = 5

export function outageSentence(outage: Outage, locale: "vi" | "en") {
  if (outage === "database_busy") {
    return locale === "vi"
      ? "Cửa hàng đang rất đông khách. Vui lòng thử lại sau ít giây."
      : "The shop is very busy right now. Please try again in a few seconds."
  }
  if (locale === "vi") {
    return outage === "database_unavailable"
      ? "Cửa hàng tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít giây."
      : "Cửa hàng tạm thời gián đoạn trong giây lát. Vui lòng thử lại sau ít giây."
  }
  return outage === "database_unavailable"
    ? "The shop cannot reach its database for a moment. Please try again in a few seconds."
    : "The shop is briefly unavailable. Please try again in a few seconds."
}
