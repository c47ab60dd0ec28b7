import { afterEach, describe, expect, it, vi } from "vitest"
import { backendSentence } from "./backend-errors"

const STOCK = { vi: "Không đủ hàng cho số lượng này. Hãy giảm số lượng hoặc chọn sản phẩm khác.", en: "There is not enough stock for that quantity. Lower the quantity or choose another product." }
const PROMO = { vi: "Mã khuyến mãi không hợp lệ hoặc đã hết hạn.", en: "That promotion code is not valid or has expired." }
const SHIPPING = { vi: "Không giao được tới địa chỉ này bằng cách đã chọn. Hãy chọn cách nhận hàng khác.", en: "We cannot deliver to this address that way. Choose another way to get your order." }
const GENERAL = { vi: "Chưa thực hiện được. Hãy thử lại sau ít phút.", en: "That did not work. Please try again in a few minutes." }

const log = vi.spyOn(console, "error").mockImplementation(() => undefined)
afterEach(() => log.mockClear())

describe("backendSentence", () => {
  // Medusa's own messages (core-flows), as a shopper can meet them.
  it.each([
    ["Variant variant_01 does not have the required inventory", STOCK],
    ["Some variant does not have the required inventory", STOCK],
    ["Item quantity must be greater than 0", STOCK],
    ["The promotion code TET2025 is invalid", PROMO],
    ["Shipping Options are invalid for cart.", SHIPPING],
    ["The cart items require shipping profiles that are not satisfied by the current shipping methods", SHIPPING],
  ])("says %j in the shopper's language", (message, sentence) => {
    expect(backendSentence({ message }, "vi")).toBe(sentence.vi)
    expect(backendSentence({ message }, "en")).toBe(sentence.en)
    expect(log).not.toHaveBeenCalled()
  })

  it("does not blame a promotion code for an address or currency problem", () => {
    expect(backendSentence({ message: "Country with code zz is not within region Việt Nam" }, "en")).not.toBe(PROMO.en)
    expect(backendSentence({ message: "Currency code usd does not match the region's currency code vnd" }, "en")).not.toBe(PROMO.en)
  })

  it("shows a general sentence for anything else, and logs the detail instead of showing it", () => {
    const error = new Error("duplicate key value violates unique constraint \"order_pkey\"")
    expect(backendSentence(error, "en")).toBe(GENERAL.en)
    expect(backendSentence(undefined, "vi")).toBe(GENERAL.vi)
    expect(log).toHaveBeenCalledWith(expect.any(String), error)
  })

  it("keeps a sentence that was already written for the shopper", () => {
    expect(backendSentence({ message: "stock", sentence: "Thẻ bị từ chối." }, "en")).toBe("Thẻ bị từ chối.")
  })
})
