/**
 * Who works a till: Medusa users with `metadata.role` clerk or supervisor and `metadata.centre`
 * a centre's handle. Supervisors may give larger discounts (OCOP_POS_*_DISCOUNT_MAX, percent).
 */
export const POS_ROLES = ["clerk", "supervisor"] as const
export type PosRole = (typeof POS_ROLES)[number]

export function isPosRole(role: unknown): role is PosRole {
  return typeof role === "string" && (POS_ROLES as readonly string[]).includes(role)
}

export function discountLimit(role: PosRole, env: Record<string, string | undefined> = process.env): number {
  const raw = role === "supervisor" ? env.OCOP_POS_SUPERVISOR_DISCOUNT_MAX : env.OCOP_POS_CLERK_DISCOUNT_MAX
  const fallback = role === "supervisor" ? 30 : 10
  const n = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`OCOP_POS_${role.toUpperCase()}_DISCOUNT_MAX must be a percentage from 0 to 100 (got "${raw}").`)
  return n
}

export function returnWindowDays(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.OCOP_POS_RETURN_DAYS ?? 30)
  if (!Number.isInteger(n) || n < 0) throw new Error(`OCOP_POS_RETURN_DAYS must be a whole number of days (got "${env.OCOP_POS_RETURN_DAYS}").`)
  return n
}
