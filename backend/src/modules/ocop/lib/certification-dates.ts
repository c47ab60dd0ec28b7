import { CERTIFICATE_VALIDITY_MONTHS, EXPIRING_WITHIN_DAYS } from "./vocabulary"

export type CertificationStatus = "valid" | "expiring" | "expired"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Expiry is the issue date plus 36 months, on the same calendar day. When that day does not
 * exist (29 Feb, or the 31st), the certificate ends on the last day of that month.
 */
export function defaultExpiryDate(issueDate: Date): Date {
  const y = issueDate.getUTCFullYear()
  const m = issueDate.getUTCMonth() + CERTIFICATE_VALIDITY_MONTHS
  const d = issueDate.getUTCDate()
  const lastDayOfTargetMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, lastDayOfTargetMonth)))
}

/** Expired once the expiry day has passed; expiring when it falls within the next 90 days. */
export function certificationStatus(expiryDate: Date, now: Date = new Date()): CertificationStatus {
  const endOfExpiryDay = startOfUtcDay(expiryDate).getTime() + DAY_MS
  if (now.getTime() >= endOfExpiryDay) return "expired"
  if (endOfExpiryDay - now.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS) return "expiring"
  return "valid"
}

export function daysUntil(date: Date, now: Date = new Date()): number {
  return Math.floor((startOfUtcDay(date).getTime() - startOfUtcDay(now).getTime()) / DAY_MS)
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}
