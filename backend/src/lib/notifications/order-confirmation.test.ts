import { describe, expect, it } from "vitest"
import { orderConfirmationEmail, type ConfirmationOrder } from "./order-confirmation"

const base: ConfirmationOrder = {
  id: "order_01",
  display_id: 42,
  email: "anna@example.com",
  currency_code: "vnd",
  total: 1250000,
  customer_has_account: false,
  items: [
    { title: "Bình gốm men lam", variant_title: "20 cm", quantity: 2, total: 900000 },
    { title: "Khăn lụa", variant_title: "Default option value", quantity: 1, total: 350000 },
  ],
  pickup: null,
  shipping_address: null,
  transfer: null,
}

describe("order confirmation e-mail", () => {
  it("lists lines and the total in đồng, in Vietnamese and in English", () => {
    const { subject, text } = orderConfirmationEmail(base, "https://shop.test")
    expect(subject).toContain("#42")
    expect(text).toContain("2 × Bình gốm men lam (20 cm): 900.000")
    expect(text).toContain("Khăn lụa: 350.000") // no placeholder variant name
    expect(text).toMatch(/Tổng cộng: 1\.250\.000\s?₫/)
    expect(text).toContain("Total: ₫1,250,000")
  })

  it("tells a pick-up shopper where and when, and a VietQR payer what to transfer", () => {
    const { text } = orderConfirmationEmail(
      {
        ...base,
        pickup: { name: "Trung tâm Bát Tràng", address: "Thôn 1, xã Bát Tràng, Hà Nội", opening_hours: "08:00–17:30" },
        transfer: { bank: "Vietcombank", account_number: "1500201088888", account_name: "HTX BAT TRANG", amount: 1250000, reference: "OCOPAB12CD34EF" },
      },
      "https://shop.test"
    )
    expect(text).toContain("Nhận hàng tại: Trung tâm Bát Tràng")
    expect(text).toContain("Pick up at: Trung tâm Bát Tràng")
    expect(text).toContain("08:00–17:30")
    expect(text).toContain("Transfer note: OCOPAB12CD34EF")
    expect(text).toContain("Account number: 1500201088888")
    expect(text).not.toContain("pay when you pick it up")
  })

  it("links only a customer with an account to the order page, in each language", () => {
    expect(orderConfirmationEmail(base, "https://shop.test").text).not.toContain("/account/orders/")
    const { text } = orderConfirmationEmail({ ...base, customer_has_account: true }, "https://shop.test")
    expect(text).toContain("https://shop.test/vi/account/orders/order_01")
    expect(text).toContain("https://shop.test/en/account/orders/order_01")
  })
})
