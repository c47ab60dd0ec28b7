import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * What an invitation or its acceptance can be refused for, with the status and the sentence
 * (vi, en). Shaped like the till's refusals (lib/pos/refusals.ts): `{ type, code, message }`.
 * A used, expired and unknown token all read the same, so a guess learns nothing.
 */
const SENTENCES = {
  invite_invalid: {
    status: 400,
    vi: "Lời mời này không còn hiệu lực (đã dùng, hết hạn hoặc không tồn tại). Hãy xin trung tâm gửi lời mời mới.",
    en: "This invitation is no longer valid (used, expired or unknown). Ask the centre for a new one.",
  },
  login_exists: {
    status: 409,
    vi: "Địa chỉ e-mail này đã có tài khoản đăng nhập. Hãy đăng nhập, hoặc dùng chức năng quên mật khẩu.",
    en: "This e-mail address already has a login. Sign in, or use “forgot password”.",
  },
  producer_not_found: {
    status: 404,
    vi: "Không tìm thấy chủ thể OCOP này.",
    en: "This OCOP producer was not found.",
  },
} as const

export type AccessRefusalCode = keyof typeof SENTENCES

export function accessRefusal(code: AccessRefusalCode, locale: "vi" | "en") {
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, SENTENCES[code][locale], code) as MedusaError & { code: AccessRefusalCode }
}

export function isAccessRefusal(error: unknown): error is MedusaError & { code: AccessRefusalCode } {
  return !!error && typeof (error as any).code === "string" && (error as any).code in SENTENCES
}

/** Answers with the refusal's own status (Medusa's handler would reword a 409). */
export function sendAccessRefusal(res: MedusaResponse, error: MedusaError & { code: AccessRefusalCode }) {
  const status = SENTENCES[error.code].status
  res.status(status).json({ type: status === 404 ? "not_found" : "not_allowed", code: error.code, message: error.message })
}
