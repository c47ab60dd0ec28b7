import { describe, expect, it } from "vitest"
import { medusa } from "../../../test/mocks/medusa"
import { args, body, cookieHeader, get, post, status, useMedusa } from "../../../test/route-requests"
import { cartCookie } from "../../lib/cart.server"
import { action, loader } from "./cart"

useMedusa()

const STOCK_EN = "There is not enough stock for that quantity. Lower the quantity or choose another product."
const PROMO_EN = "That promotion code is not valid or has expired."
const PROMO_VI = "Mã khuyến mãi không hợp lệ hoặc đã hết hạn."

async function shopperWithCart(quantity = 2) {
  const id = medusa.addCart({ items: [{ variant_id: "variant_binh", quantity }] })
  const lineId = medusa.carts.get(id).items[0].id as string
  return { id, lineId, cookie: cookieHeader(await cartCookie.serialize(id)) }
}

const submit = (fields: Record<string, string | number>, cookie: string, lang = "en") =>
  action(args(post(`/${lang}/cart`, fields, cookie), { lang }))

describe("cart page action", () => {
  it("changes a line's quantity", async () => {
    const { id, lineId, cookie } = await shopperWithCart()
    const answer = await submit({ intent: "update", line_id: lineId, quantity: 3 }, cookie)
    expect(body(answer)).toEqual({ error: null, fields: [] })
    expect(medusa.find("POST", `/store/carts/${id}/line-items/${lineId}`)[0]!.body).toEqual({ quantity: 3 })
    expect(medusa.carts.get(id).items[0].quantity).toBe(3)
  })

  it("removes the line when the quantity is set to 0, instead of sending 0", async () => {
    const { id, lineId, cookie } = await shopperWithCart()
    await submit({ intent: "update", line_id: lineId, quantity: 0 }, cookie)
    expect(medusa.find("DELETE", `/store/carts/${id}/line-items/${lineId}`)).toHaveLength(1)
    expect(medusa.find("POST", /line-items/)).toHaveLength(0)
    expect(medusa.carts.get(id).items).toEqual([])
  })

  it("removes a line", async () => {
    const { id, lineId, cookie } = await shopperWithCart()
    const answer = await submit({ intent: "remove", line_id: lineId }, cookie)
    expect(status(answer)).toBe(200)
    expect(medusa.carts.get(id).items).toEqual([])
  })

  it("applies a promotion code the backend accepts", async () => {
    const { id, cookie } = await shopperWithCart()
    const answer = await submit({ intent: "promotion", code: " TET2026 " }, cookie)
    expect(body(answer)).toEqual({ error: null, fields: [] })
    expect(medusa.carts.get(id).promotions).toEqual([{ code: "TET2026" }])
  })

  it("says the code is not valid when the backend silently leaves it out, in the page's language", async () => {
    const { id, cookie } = await shopperWithCart()
    const en = await submit({ intent: "promotion", code: "HE2026" }, cookie, "en")
    expect(status(en)).toBe(400)
    expect(body(en).error).toBe(PROMO_EN)
    const vi = await submit({ intent: "promotion", code: "HE2026" }, cookie, "vi")
    expect(status(vi)).toBe(400)
    expect(body(vi).error).toBe(PROMO_VI)
    expect(medusa.carts.get(id).promotions).toEqual([])
  })

  it("says the code is not valid when the backend does not know it", async () => {
    const { cookie } = await shopperWithCart()
    const answer = await submit({ intent: "promotion", code: "FREEBIE" }, cookie, "vi")
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe(PROMO_VI)
  })

  it("keeps a code already applied when the shopper tries another", async () => {
    const { id, cookie } = await shopperWithCart()
    await submit({ intent: "promotion", code: "TET2026" }, cookie)
    await submit({ intent: "promotion", code: "HE2026" }, cookie)
    expect(medusa.carts.get(id).promotions).toEqual([{ code: "TET2026" }])
  })

  it("turns the backend's stock error into the stock sentence", async () => {
    const { id, lineId, cookie } = await shopperWithCart()
    const answer = await submit({ intent: "update", line_id: lineId, quantity: 50 }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe(STOCK_EN)
    expect(medusa.carts.get(id).items[0].quantity).toBe(2)
  })

  it.each([
    ["an unknown intent", { intent: "empty-everything" }],
    ["a line id that is not a line", { intent: "remove", line_id: "order_1" }],
    ["a negative quantity", { intent: "update", line_id: "cali_1", quantity: -1 }],
    ["a quantity over 99", { intent: "update", line_id: "cali_1", quantity: 100 }],
    ["an empty promotion code", { intent: "promotion", code: "   " }],
  ])("refuses %s with a 400 and asks the backend nothing", async (_, fields) => {
    const { cookie } = await shopperWithCart()
    const answer = await submit(fields, cookie)
    expect(status(answer)).toBe(400)
    expect(medusa.writes()).toEqual([])
    expect(medusa.received).toEqual([])
  })

  it("answers 404 without a cart, and changes nothing", async () => {
    const answer = await submit({ intent: "remove", line_id: "cali_1" }, "")
    expect(status(answer)).toBe(404)
    expect(medusa.writes()).toEqual([])
  })
})

describe("cart page loader", () => {
  it("shows the visitor's cart from the cookie", async () => {
    const { id, cookie } = await shopperWithCart()
    const { cart } = await loader(args(get("/vi/cart", cookie), { lang: "vi" }))
    expect(cart?.id).toBe(id)
    expect(medusa.received[0]!.query.get("locale")).toBe("vi")
  })

  it("shows an empty cart once the cart became an order, or when the backend forgot it", async () => {
    const { id, cookie } = await shopperWithCart()
    medusa.carts.get(id).completed_at = "2026-02-16T10:00:00.000Z"
    expect((await loader(args(get("/en/cart", cookie), { lang: "en" }))).cart).toBeNull()
    medusa.carts.delete(id)
    expect((await loader(args(get("/en/cart", cookie), { lang: "en" }))).cart).toBeNull()
  })

  it("ignores a cookie that does not name a cart", async () => {
    const cookie = cookieHeader(await cartCookie.serialize("order_1"))
    expect((await loader(args(get("/en/cart", cookie), { lang: "en" }))).cart).toBeNull()
    expect(medusa.received).toEqual([])
  })
})
