import type { Locale } from "./locale"

/**
 * The backend's messages are for developers. These turn the ones a shopper can meet into
 * sentences; anything unknown becomes a general sentence (and the log keeps the detail).
 */
const SENTENCES: { match: RegExp; vi: string; en: string }[] = [
  {
    match: /inventory|stock|quantity/i,
    vi: "Không đủ hàng cho số lượng này. Hãy giảm số lượng hoặc chọn sản phẩm khác.",
    en: "There is not enough stock for that quantity. Lower the quantity or choose another product.",
  },
  {
    // Not a bare "code": "Country with code zz is not within region" is about the address.
    match: /promotion|promo code|discount/i,
    vi: "Mã khuyến mãi không hợp lệ hoặc đã hết hạn.",
    en: "That promotion code is not valid or has expired.",
  },
  {
    match: /shipping/i,
    vi: "Không giao được tới địa chỉ này bằng cách đã chọn. Hãy chọn cách nhận hàng khác.",
    en: "We cannot deliver to this address that way. Choose another way to get your order.",
  },
]

// Last: a payment refusal without a sentence of the backend's own (decline codes get one there).
SENTENCES.push({
  match: /not authorized|authoriz|payment/i,
  vi: "Thanh toán chưa thành công, bạn chưa bị trừ tiền. Hãy thử thẻ khác hoặc chọn cách thanh toán khác.",
  en: "The payment did not go through and you have not been charged. Try another card or another way to pay.",
})

const GENERAL = {
  vi: "Chưa thực hiện được. Hãy thử lại sau ít phút.",
  en: "That did not work. Please try again in a few minutes.",
}

export function backendSentence(error: unknown, locale: Locale): string {
  const e = error as { message?: string; sentence?: string }
  if (e?.sentence) return e.sentence
  const message = String(e?.message ?? "")
  const found = SENTENCES.find((s) => s.match.test(message))
  if (!found) console.error("Backend error shown as a general sentence:", error)
  return (found ?? GENERAL)[locale]
}
