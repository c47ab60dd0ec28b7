/**
 * The order confirmation e-mail, in Vietnamese then English (the shop does not yet know which one
 * a guest reads). Pure: the subscriber reads the order, this writes the words, so the words are
 * unit-tested without a server.
 */
export type ConfirmationOrder = {
  id: string
  display_id: number
  email: string
  currency_code: string
  total: number
  customer_has_account: boolean
  items: { title: string; variant_title?: string | null; quantity: number; total: number }[]
  /** Pick-up: the centre that holds the goods for the shopper. */
  pickup: { name: string; address: string; opening_hours: string | null } | null
  shipping_address: { name: string; lines: string } | null
  /** VietQR: what to type into a banking app to pay. */
  transfer: { bank: string; account_number: string; account_name: string; amount: number; reference: string } | null
}

export type Email = { subject: string; text: string }

// Only for this e-mail: the storefront formats money for pages the same way (vi-VN / en-GB).
const money = (amount: number, currency: string, locale: "vi-VN" | "en-GB") =>
  new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)

function part(order: ConfirmationOrder, storefrontUrl: string, lang: "vi" | "en"): string {
  const vi = lang === "vi"
  const fmt = (n: number) => money(n, order.currency_code, vi ? "vi-VN" : "en-GB")
  const lines: string[] = []
  lines.push(vi ? `Cảm ơn bạn đã đặt hàng tại OCOP Hà Nội. Mã đơn hàng: #${order.display_id}.` : `Thank you for your order from OCOP Hanoi. Order number: #${order.display_id}.`)
  lines.push("")
  for (const item of order.items) {
    const variant = item.variant_title && item.variant_title !== "Default option value" ? ` (${item.variant_title})` : ""
    lines.push(`  ${item.quantity} × ${item.title}${variant}: ${fmt(item.total)}`)
  }
  lines.push(`  ${vi ? "Tổng cộng" : "Total"}: ${fmt(order.total)}`)
  lines.push("")
  if (order.pickup) {
    lines.push(vi ? `Nhận hàng tại: ${order.pickup.name}` : `Pick up at: ${order.pickup.name}`)
    lines.push(`  ${order.pickup.address}`)
    if (order.pickup.opening_hours) lines.push(`  ${vi ? "Giờ mở cửa" : "Opening hours"}: ${order.pickup.opening_hours}`)
    lines.push(vi ? "Chúng tôi giữ hàng cho bạn; hãy mang theo mã đơn hàng." : "We are holding your order; bring the order number with you.")
  } else if (order.shipping_address) {
    lines.push(vi ? `Giao tới: ${order.shipping_address.name}, ${order.shipping_address.lines}` : `Delivery to: ${order.shipping_address.name}, ${order.shipping_address.lines}`)
  }
  if (order.transfer) {
    const t = order.transfer
    lines.push("")
    lines.push(vi ? "Thanh toán bằng chuyển khoản (VietQR):" : "Pay by bank transfer (VietQR):")
    lines.push(`  ${vi ? "Ngân hàng" : "Bank"}: ${t.bank}`)
    lines.push(`  ${vi ? "Số tài khoản" : "Account number"}: ${t.account_number}`)
    lines.push(`  ${vi ? "Chủ tài khoản" : "Account holder"}: ${t.account_name}`)
    lines.push(`  ${vi ? "Số tiền" : "Amount"}: ${money(t.amount, "vnd", vi ? "vi-VN" : "en-GB")}`)
    lines.push(`  ${vi ? "Nội dung chuyển khoản" : "Transfer note"}: ${t.reference}`)
  } else if (order.pickup) {
    lines.push(vi ? "Thanh toán khi nhận hàng." : "You pay when you pick it up.")
  } else {
    lines.push(vi ? "Thanh toán khi nhận hàng." : "You pay on delivery.")
  }
  if (order.customer_has_account) {
    lines.push("")
    lines.push(vi ? "Xem đơn hàng trong tài khoản của bạn:" : "See the order in your account:")
    lines.push(`  ${storefrontUrl}/${lang}/account/orders/${order.id}`)
  }
  return lines.join("\n")
}

export function orderConfirmationEmail(order: ConfirmationOrder, storefrontUrl: string): Email {
  return {
    subject: `Đơn hàng #${order.display_id} – OCOP Hà Nội / Your OCOP Hanoi order #${order.display_id}`,
    text: [part(order, storefrontUrl, "vi"), "", "————", "", part(order, storefrontUrl, "en")].join("\n"),
  }
}
