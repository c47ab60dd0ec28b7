import type { Locale } from "../../modules/ocop/lib/vocabulary"

type Sentence = Record<Locale, string>

const KEPT = { vi: "Giỏ hàng của bạn vẫn được giữ nguyên.", en: "Your cart is still here." }

/** Stripe's decline and error codes (https://docs.stripe.com/declines/codes), in words a shopper acts on. */
const SENTENCES: Record<string, Sentence> = {
  card_declined: {
    vi: "Ngân hàng đã từ chối thẻ này. Hãy thử thẻ khác hoặc chọn cách thanh toán khác.",
    en: "Your bank declined this card. Try another card or choose another way to pay.",
  },
  insufficient_funds: {
    vi: "Thẻ không đủ số dư cho đơn hàng này. Hãy thử thẻ khác hoặc chuyển khoản VietQR.",
    en: "The card does not have enough funds for this order. Try another card or pay by VietQR transfer.",
  },
  expired_card: {
    vi: "Thẻ đã hết hạn. Hãy dùng thẻ khác.",
    en: "This card has expired. Please use another card.",
  },
  incorrect_cvc: {
    vi: "Mã bảo mật (CVC) không đúng. Hãy kiểm tra ba số ở mặt sau thẻ và thử lại.",
    en: "The security code (CVC) is wrong. Check the three digits on the back of the card and try again.",
  },
  incorrect_number: {
    vi: "Số thẻ không đúng. Hãy kiểm tra lại và thử lần nữa.",
    en: "The card number is wrong. Check it and try again.",
  },
  authentication_required: {
    vi: "Ngân hàng cần xác thực giao dịch (3-D Secure) nhưng chưa hoàn tất. Hãy thử lại và xác nhận trong ứng dụng ngân hàng.",
    en: "Your bank needs you to confirm this payment (3-D Secure), and it was not completed. Try again and approve it in your banking app.",
  },
  processing_error: {
    vi: "Có lỗi khi xử lý thẻ. Hãy thử lại sau ít phút.",
    en: "Something went wrong while processing the card. Please try again in a few minutes.",
  },
  payment_failed: {
    vi: "Chưa thanh toán được. Hãy thử lại hoặc chọn cách thanh toán khác.",
    en: "The payment did not go through. Try again or choose another way to pay.",
  },
}

/** Codes Stripe gives that mean the same thing to a shopper. */
const ALIASES: Record<string, string> = {
  generic_decline: "card_declined",
  do_not_honor: "card_declined",
  lost_card: "card_declined",
  stolen_card: "card_declined",
  fraudulent: "card_declined",
  invalid_cvc: "incorrect_cvc",
  invalid_number: "incorrect_number",
  payment_intent_authentication_failure: "authentication_required",
}

/** The code that best says why a payment failed, from a Stripe payment intent's last error. */
export function paymentErrorCode(lastError: { code?: string; decline_code?: string } | null | undefined): string {
  for (const code of [lastError?.decline_code, lastError?.code]) {
    const known = code && (SENTENCES[code] ? code : ALIASES[code])
    if (known) return known
  }
  return "payment_failed"
}

export function paymentErrorSentence(code: string, locale: Locale): string {
  const sentence = SENTENCES[code] ?? SENTENCES[ALIASES[code] ?? ""] ?? (SENTENCES.payment_failed as Sentence)
  return `${sentence[locale]} ${KEPT[locale]}`
}
