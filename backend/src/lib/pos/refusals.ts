import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * What a till can be told "no" for, with the HTTP status and the sentence a clerk reads (vi, en).
 * Steps throw `refusal(...)` (a MedusaError carrying `code`, its message the sentence in the
 * clerk's language); routes answer it with `sendRefusal`, which keeps the code and the sentence
 * that Medusa's own error handler would replace for a 409.
 */
type Detail = Record<string, string | number>
const SENTENCES: Record<string, { status: number; vi: (d: Detail) => string; en: (d: Detail) => string }> = {
  out_of_stock: {
    status: 409,
    vi: (d) => `Không đủ hàng: ${d.title} chỉ còn ${d.available} tại quầy này (cần ${d.wanted}).`,
    en: (d) => `Not enough stock: only ${d.available} of ${d.title} left at this counter (needed ${d.wanted}).`,
  },
  price_changed: {
    status: 409,
    vi: (d) => `Giá của ${d.title} đã đổi thành ${d.price} ₫. Hãy xem lại giỏ hàng.`,
    en: (d) => `The price of ${d.title} changed to ₫${d.price}. Review the cart.`,
  },
  unknown_variant: {
    status: 400,
    vi: (d) => `Sản phẩm ${d.variant_id} không bán tại quầy này.`,
    en: (d) => `Product ${d.variant_id} is not sold at this counter.`,
  },
  discount_limit: {
    status: 403,
    vi: (d) => `Bạn chỉ được giảm tối đa ${d.limit}%. Hãy nhờ quản lý ca.`,
    en: (d) => `You may give at most ${d.limit}% off. Ask a supervisor.`,
  },
  payments_short: {
    status: 400,
    vi: (d) => `Còn thiếu ${Number(d.total) - Number(d.paid)} ₫: các khoản thanh toán phải bằng tổng tiền.`,
    en: (d) => `₫${Number(d.total) - Number(d.paid)} is still due: the payments must add up to the total.`,
  },
  payments_over: {
    status: 400,
    vi: () => "Các khoản thanh toán vượt tổng tiền. Tiền thừa chỉ trả lại khi khách đưa tiền mặt.",
    en: () => "The payments come to more than the total. Only cash handed over can give change.",
  },
  tendered_short: {
    status: 400,
    vi: () => "Tiền khách đưa ít hơn số tiền mặt cần trả.",
    en: () => "The cash handed over is less than the cash amount due.",
  },
  no_shift: {
    status: 409,
    vi: () => "Quầy chưa mở ca. Hãy mở ca trước khi bán.",
    en: () => "This till has no open shift. Open a shift before selling.",
  },
  no_shift_refund: {
    status: 409,
    vi: () => "Hoàn tiền mặt cần một ca đang mở ở quầy. Hãy mở ca, hoặc hoàn theo cách khách đã trả.",
    en: () => "A cash refund comes out of an open shift's drawer. Open a shift, or refund the way the customer paid.",
  },
  shift_open: {
    status: 409,
    vi: () => "Quầy này đang có ca mở. Hãy đóng ca đó trước.",
    en: () => "This till already has an open shift. Close it first.",
  },
  return_window: {
    status: 409,
    vi: (d) => `Đã quá ${d.days} ngày kể từ khi bán: không nhận trả hàng.`,
    en: (d) => `More than ${d.days} days have passed since the sale: it can no longer be returned.`,
  },
  return_too_many: {
    status: 400,
    vi: (d) => `Chỉ trả được tối đa ${d.left} ${d.title}.`,
    en: (d) => `At most ${d.left} of ${d.title} can be returned.`,
  },
  offline_limit: {
    status: 400,
    vi: (d) => `Bán khi mất mạng tối đa ${d.limit} ₫ một hoá đơn tại quầy này; hoá đơn này ${d.total} ₫.`,
    en: (d) => `A sale made offline may come to at most ₫${d.limit} at this counter; this one is ₫${d.total}.`,
  },
  sale_not_synced: {
    status: 409,
    vi: () => "Hoá đơn của lần trả hàng này chưa được gửi lên máy chủ. Quầy sẽ gửi lại sau.",
    en: () => "The sale this return belongs to has not reached the server yet. The till will send it again later.",
  },
  returned_at_future: {
    status: 400,
    vi: () => "Thời điểm trả hàng nằm ở tương lai. Hãy kiểm tra đồng hồ của máy.",
    en: () => "The return's time is in the future. Check the device's clock.",
  },
  opened_at_future: {
    status: 400,
    vi: () => "Thời điểm mở ca nằm ở tương lai. Hãy kiểm tra đồng hồ của máy.",
    en: () => "The shift's opening time is in the future. Check the device's clock.",
  },
  sold_at_future: {
    status: 400,
    vi: () => "Thời điểm bán nằm ở tương lai. Hãy kiểm tra đồng hồ của máy.",
    en: () => "The sale's time is in the future. Check the device's clock.",
  },
  returned_before_sale: {
    status: 400,
    vi: () => "Thời điểm trả hàng sớm hơn lúc bán.",
    en: () => "The return's time is before the sale was made.",
  },
  in_progress: {
    status: 409,
    vi: () => "Giao dịch này đang được ghi. Hãy thử lại sau giây lát.",
    en: () => "This sale is still being recorded. Try again in a moment.",
  },
}

export type RefusalCode = keyof typeof SENTENCES

export function refusal(code: RefusalCode, locale: "vi" | "en", detail: Detail = {}): MedusaError {
  const entry = SENTENCES[code]!
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, entry[locale](detail), code)
}

export function isRefusal(error: unknown): error is MedusaError & { code: RefusalCode } {
  return !!error && typeof (error as any).code === "string" && (error as any).code in SENTENCES
}

/** Answers a refusal as the till expects: status, code, and the sentence as message and sentence. */
export function sendRefusal(res: MedusaResponse, error: MedusaError & { code: RefusalCode }, extra: Record<string, unknown> = {}) {
  res.status(SENTENCES[error.code]!.status).json({ type: "not_allowed", code: error.code, message: error.message, sentence: error.message, ...extra })
}

/** The HTTP status a refusal is answered with (a batch of sales answers it per sale). */
export function refusalStatus(code: RefusalCode): number {
  return SENTENCES[code]!.status
}
