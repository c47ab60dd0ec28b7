import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const SIGNATURE_HEADER = "x-ocop-signature"

/** "sha256=" and the hex HMAC-SHA256 of the raw body under the shared secret. */
export function signBody(body: string | Buffer, secret: string) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`
}

/**
 * Lets through only bank notifications signed with OCOP_VIETQR_WEBHOOK_SECRET, checked on the
 * raw bytes (a re-serialised JSON body would not match) in constant time.
 */
export function verifyBankSignature(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const secret = process.env.OCOP_VIETQR_WEBHOOK_SECRET
  if (!secret) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, "Bank notifications are not configured on this server (OCOP_VIETQR_WEBHOOK_SECRET)."))
  }
  const given = Buffer.from(String(req.headers[SIGNATURE_HEADER] ?? ""))
  const expected = Buffer.from(signBody(req.rawBody ?? Buffer.alloc(0), secret))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, `The ${SIGNATURE_HEADER} header does not match this body; the notification was not applied.`))
  }
  next()
}
