import { describe, expect, it } from "vitest"
import { certificateExpiringEmail, lowStockEmail, lowStockThreshold, newOrderEmail } from "./producer-messages"

describe("producer e-mails", () => {
  it("lists only the producer's lines of a new order, in both languages", () => {
    const { subject, text } = newOrderEmail({ channel: "web", reference: "#42", centre: "Trung tâm Bát Tràng", lines: [{ title: "Bình gốm", quantity: 2, total: 900_000 }] })
    expect(subject).toContain("#42")
    expect(text).toContain("Đơn hàng trực tuyến #42, giao tại Trung tâm Bát Tràng")
    expect(text).toContain("Online order #42, handed over by Trung tâm Bát Tràng")
    expect(text).toMatch(/2 × Bình gốm: 900\.000\s?₫/)
    expect(newOrderEmail({ channel: "counter", reference: "T1-000001", centre: "Vạn Phúc", lines: [] }).text).toContain("receipt T1-000001")
  })

  it("names the certificate's expiry and the low stock at a centre", () => {
    expect(certificateExpiringEmail({ product_title: "Khăn lụa", stars: 4, expiry_date: "2027-01-31", days_left: 56 }).text).toContain("expires on 2027-01-31 (in 56 days)")
    const low = lowStockEmail({ product_title: "Khăn lụa", variant_title: "Default option value", sku: "VP-01", centre: "Vạn Phúc", available: 2 })
    expect(low.text).toContain("Khăn lụa [VP-01]: only 2 left to sell at Vạn Phúc.")
    expect(low.text).not.toContain("Default option value")
  })

  it("reads the low stock threshold from the environment, 3 by default", () => {
    expect(lowStockThreshold(undefined)).toBe(3)
    expect(lowStockThreshold("5")).toBe(5)
    expect(lowStockThreshold("x")).toBe(3)
  })
})
