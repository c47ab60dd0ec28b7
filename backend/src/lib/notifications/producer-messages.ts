/**
 * The e-mails a producer's people receive, in Vietnamese then English (a login has no language
 * on record). Pure: subscribers and jobs read the facts, this writes the words.
 */
import type { Email } from "./order-confirmation"

// Only for these e-mails, as the order confirmation prints đồng.
const dong = (n: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(n)
const both = (vi: string[], en: string[]) => [...vi, "", "————", "", ...en].join("\n")

export type NewOrderFacts = {
  channel: "web" | "counter"
  /** The order's display number (web) or the receipt number (counter). */
  reference: string
  centre: string | null
  lines: { title: string; quantity: number; total: number }[]
}

export function newOrderEmail(f: NewOrderFacts): Email {
  const total = f.lines.reduce((n, l) => n + l.total, 0)
  const lines = f.lines.map((l) => `  ${l.quantity} × ${l.title}: ${dong(l.total)}`)
  const where = f.centre ?? "—"
  return {
    subject: `Đơn hàng mới có sản phẩm của bạn (${f.reference}) / New order with your goods`,
    text: both(
      [f.channel === "web" ? `Đơn hàng trực tuyến ${f.reference}, giao tại ${where}:` : `Bán tại quầy ${where}, hoá đơn ${f.reference}:`, ...lines, `  Cộng: ${dong(total)}`],
      [f.channel === "web" ? `Online order ${f.reference}, handed over by ${where}:` : `Sold at the ${where} counter, receipt ${f.reference}:`, ...lines, `  Total: ${dong(total)}`]
    ),
  }
}

export type ExpiringFacts = { product_title: string; stars: number; expiry_date: string; days_left: number }

export function certificateExpiringEmail(f: ExpiringFacts): Email {
  return {
    subject: `Giấy chứng nhận OCOP sắp hết hạn: ${f.product_title} / OCOP certificate expiring`,
    text: both(
      [`Giấy chứng nhận OCOP ${f.stars} sao của "${f.product_title}" hết hạn ngày ${f.expiry_date} (còn ${f.days_left} ngày).`, "Hãy nộp hồ sơ đánh giá lại để sản phẩm không bị ngừng bán."],
      [`The ${f.stars}-star OCOP certificate of "${f.product_title}" expires on ${f.expiry_date} (in ${f.days_left} days).`, "Apply for re-evaluation so the product is not taken off sale."]
    ),
  }
}

/** Low is at most OCOP_LOW_STOCK_THRESHOLD units left to sell at a centre, 3 unless set. */
export function lowStockThreshold(env = process.env.OCOP_LOW_STOCK_THRESHOLD) {
  const n = Number(env)
  return env && Number.isInteger(n) && n >= 0 ? n : 3
}

export type LowStockFacts = { product_title: string; variant_title: string | null; sku: string | null; centre: string; available: number }

export function lowStockEmail(f: LowStockFacts): Email {
  const what = `${f.product_title}${f.variant_title && f.variant_title !== "Default option value" ? ` (${f.variant_title})` : ""}${f.sku ? ` [${f.sku}]` : ""}`
  return {
    subject: `Sắp hết hàng tại ${f.centre}: ${f.product_title} / Low stock`,
    text: both(
      [`${what} chỉ còn ${f.available} sản phẩm có thể bán tại ${f.centre}.`, "Hãy đề xuất một đợt giao hàng trong khu vực nhà sản xuất."],
      [`${what}: only ${f.available} left to sell at ${f.centre}.`, "Propose a delivery in the producer area."]
    ),
  }
}
