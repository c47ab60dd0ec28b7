import type { Handover } from "./cart-centres"

type Refusal = Extract<Handover, { ok: false }>

/** Why a cart cannot be placed at a centre, as a shopper reads it (vi, en) and a developer logs it. */
export function handoverRefusal(refusal: Refusal, locale: "vi" | "en"): { code: string; message: string; sentence: string } {
  if (refusal.reason === "not_at_pickup_centre") {
    const { centre } = refusal
    const lines = centre.coverage.shortages
    const list = (l: "vi" | "en") =>
      lines.map((s) => (l === "vi" ? `${s.title} (còn ${s.available}, bạn đặt ${s.wanted})` : `${s.title} (${s.available} left, you asked for ${s.wanted})`)).join(", ")
    const name = locale === "en" ? centre.name_en : centre.name_vi
    return {
      code: refusal.reason,
      message: `Not enough stock at ${centre.name_en} for pick-up: ${list("en")}.`,
      sentence:
        locale === "en"
          ? `${name} does not have enough in stock for pick-up: ${list("en")}. Choose another centre or lower the quantity.`
          : `${name} không còn đủ hàng để bạn nhận: ${list("vi")}. Hãy chọn trung tâm khác hoặc giảm số lượng.`,
    }
  }
  if (refusal.reason === "no_centre_has_all") {
    return {
      code: refusal.reason,
      message: "No single centre has every line of this cart in stock, so no centre can ship it.",
      sentence:
        locale === "en"
          ? "No single centre has everything in your cart in stock, so we cannot ship it as one order. Pick it up at a centre that has it, or order the items separately."
          : "Không trung tâm nào có đủ mọi sản phẩm trong giỏ, nên chưa giao được trong một đơn. Hãy nhận tại trung tâm có hàng, hoặc đặt riêng từng sản phẩm.",
    }
  }
  return {
    code: refusal.reason,
    message: `Centre ${refusal.centre.handle} has no web sales channel; run the seed (npm run seed) to create it.`,
    sentence:
      locale === "en"
        ? "This centre cannot take online orders right now. Please choose another centre."
        : "Trung tâm này hiện chưa nhận đơn trực tuyến. Hãy chọn trung tâm khác.",
  }
}
