import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * What a delivery request can be refused for, with the status and the sentence (vi, en) the
 * producer, clerk or admin reads. Shaped like the till's refusals (lib/pos/refusals.ts) so all
 * three screens show `message` as is. Another producer's or centre's records are "not found":
 * saying they exist would already tell too much.
 */
type Detail = Record<string, string | number>
const SENTENCES: Record<string, { status: number; vi: (d: Detail) => string; en: (d: Detail) => string }> = {
  delivery_not_found: {
    status: 404,
    vi: () => "Không tìm thấy phiếu giao hàng này.",
    en: () => "This delivery was not found.",
  },
  delivery_not_proposed: {
    status: 409,
    vi: (d) => `Phiếu giao hàng này đã ${d.status === "received" ? "được nhận" : "bị huỷ"}, không thể thay đổi nữa.`,
    en: (d) => `This delivery has already been ${d.status}; it can no longer change.`,
  },
  centre_not_found: {
    status: 404,
    vi: (d) => `Không có trung tâm "${d.centre}".`,
    en: (d) => `There is no centre "${d.centre}".`,
  },
  variant_not_found: {
    status: 404,
    vi: (d) => `Không tìm thấy sản phẩm ${d.variant_id} trong danh sách của bạn.`,
    en: (d) => `Product ${d.variant_id} is not among your products.`,
  },
  variant_untracked: {
    status: 400,
    vi: (d) => `Sản phẩm ${d.title} không được quản lý tồn kho nên không thể giao.`,
    en: (d) => `${d.title} has no stock kept, so it cannot be delivered.`,
  },
  line_not_in_delivery: {
    status: 400,
    vi: (d) => `Sản phẩm ${d.variant_id} không có trong phiếu giao hàng này.`,
    en: (d) => `Product ${d.variant_id} is not on this delivery.`,
  },
}

export type DeliveryRefusalCode = keyof typeof SENTENCES

export function deliveryRefusal(code: DeliveryRefusalCode, locale: "vi" | "en", detail: Detail = {}): MedusaError {
  const entry = SENTENCES[code]!
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, entry[locale](detail), code)
}

export function isDeliveryRefusal(error: unknown): error is MedusaError & { code: DeliveryRefusalCode } {
  return !!error && typeof (error as any).code === "string" && (error as any).code in SENTENCES
}

/**
 * `{ type, code, message }` with the refusal's own status (Medusa's handler would reword a 409);
 * `sentence` repeats the message because the till shows that field (lib/pos/refusals.ts does too).
 */
export function sendDeliveryRefusal(res: MedusaResponse, error: MedusaError & { code: DeliveryRefusalCode }) {
  const status = SENTENCES[error.code]!.status
  res.status(status).json({ type: status === 404 ? "not_found" : "not_allowed", code: error.code, message: error.message, sentence: error.message })
}
