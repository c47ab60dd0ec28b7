import type { MedusaErrorHandlerFunction, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Input no OCOP route can use, refused (400) before any of them reads it:
 * - a path whose percent-encoding does not decode ("%E0%A4%A", "%zz"): Express throws a bare
 *   URIError on such a route parameter, which Medusa answers as a 500;
 * - the NUL character (U+0000) in the path, the query or the body, keys included: PostgreSQL
 *   stores no NUL in text or jsonb, so the write failed as a 500, after earlier steps had run.
 * Found by the route fuzz (integration-tests/http/fuzz-routes.test.ts).
 */
export const OCOP_ROUTE_PREFIXES = ["/admin/ocop", "/pos", "/producer", "/producer-invites", "/store/ocop", "/hooks/ocop"]

export function refuseUnreadableInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.originalUrl ?? req.url ?? "").split("?")[0]!
  let decoded: string
  try {
    decoded = path.split("/").map(decodeURIComponent).join("/")
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The address has a broken %-encoding; nothing was read or changed."))
  }
  if (decoded.includes("\u0000") || containsNul(req.query) || containsNul(req.body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Text cannot contain the NUL character (U+0000); nothing was changed."))
  }
  next()
}

/** Looks through strings, arrays and objects (keys too) without recursion: a body may nest deeply. */
export function containsNul(value: unknown): boolean {
  const pending: unknown[] = [value]
  while (pending.length) {
    const v = pending.pop()
    if (typeof v === "string") {
      if (v.includes("\u0000")) return true
    } else if (Array.isArray(v)) {
      for (const item of v) pending.push(item)
    } else if (v && typeof v === "object" && !Buffer.isBuffer(v)) {
      for (const key of Object.keys(v)) {
        if (key.includes("\u0000")) return true
        pending.push((v as Record<string, unknown>)[key])
      }
    }
  }
  return false
}

/**
 * Express's own refusal of a path parameter it cannot decode, answered as the 400 it says it is.
 * Medusa's error handler ignores its status (it has no `expose`) and answered 500. Needed on top
 * of refuseUnreadableInput for /admin: Medusa's core "/admin*" middleware decodes the path
 * before any project middleware runs.
 */
export function answeringUndecodablePaths(handler: MedusaErrorHandlerFunction): MedusaErrorHandlerFunction {
  return (err, req, res, next) => {
    if (err instanceof URIError && (err as { status?: unknown }).status === 400 && !res.headersSent) {
      res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message: "The address has a broken %-encoding; nothing was read or changed." })
      return
    }
    return handler(err, req, res, next)
  }
}
