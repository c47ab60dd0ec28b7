import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { medusa } from "../../../test/mocks/medusa"
import { args, body, cookieHeader, get, post, setCookies, status, thrown, useMedusa } from "../../../test/route-requests"
import { cartCookie, placedOrderCookie } from "../../lib/cart.server"
import { loader as cardReturn } from "./checkout.card"

/** Cards through Stripe: the checkout hands the Payment Element its secret; Stripe sends the shopper back to checkout/card. */
useMedusa()
const SAVED = { first_name: "Anna", last_name: "Berg", phone: "+1 617 555 0100", country_code: "vn", address_1: "—", city: "Hà Nội", postal_code: "" }

async function shopper() {
  const id = medusa.addCart({ items: [{ variant_id: "variant_binh", quantity: 1 }], email: "anna@example.com", shipping_address: SAVED })
  return { id, cookie: cookieHeader(await cartCookie.serialize(id)) }
}

/** The checkout module reads STRIPE_PUBLISHABLE_KEY once: import it afresh with the key set or not. */
async function checkout(key: string | undefined) {
  vi.resetModules()
  vi.stubEnv("STRIPE_PUBLISHABLE_KEY", key ?? "")
  return import("./checkout")
}
beforeEach(() => vi.unstubAllEnvs())
afterEach(() => vi.unstubAllEnvs())

describe("paying by card", () => {
  it("offers cards only when the shop has Stripe's publishable key", async () => {
    const { cookie } = await shopper()
    const without = await (await checkout(undefined)).loader(args(get("/en/checkout", cookie), { lang: "en" }))
    expect(without.providers).not.toContain("pp_stripe_stripe")
    const withKey = await (await checkout("pk_test_123")).loader(args(get("/en/checkout", cookie), { lang: "en" }))
    expect(withKey.providers).toContain("pp_stripe_stripe")
  })

  it("starts a Stripe session and hands its client secret and the way back to the card form, placing nothing yet", async () => {
    const { action } = await checkout("pk_test_123")
    const { cookie } = await shopper()
    const answer = await action(args(post("/vi/checkout", { intent: "place", option_id: "so_pickup", provider_id: "pp_stripe_stripe" }, cookie), { lang: "vi" }))
    expect(status(answer)).toBe(200)
    expect(body(answer).card).toMatchObject({ key: "pk_test_123", secret: "pi_1_secret_abc", returnUrl: "http://shop.test/vi/checkout/card" })
    expect(medusa.find("POST", /\/complete$/)).toEqual([])
    expect(medusa.orders.size).toBe(0)
  })

  it("refuses a card payment when the shop has no Stripe key, before writing anything", async () => {
    const { action } = await checkout(undefined)
    const { cookie } = await shopper()
    const answer = await action(args(post("/en/checkout", { intent: "place", option_id: "so_pickup", provider_id: "pp_stripe_stripe" }, cookie), { lang: "en" }))
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["provider_id"])
    expect(medusa.writes()).toEqual([])
  })
})

describe("back from Stripe (checkout/card)", () => {
  async function paidCart() {
    const { action } = await checkout("pk_test_123")
    const s = await shopper()
    await action(args(post("/en/checkout", { intent: "place", option_id: "so_pickup", provider_id: "pp_stripe_stripe" }, s.cookie), { lang: "en" }))
    return s
  }

  it("places the order once Stripe authorized it, and opens its confirmation in this browser", async () => {
    const { cookie } = await paidCart()
    const redirect = await thrown(cardReturn(args(get("/en/checkout/card?payment_intent=pi_1&redirect_status=succeeded", cookie), { lang: "en" })))
    const [order] = [...medusa.orders.values()]
    expect(redirect.headers.get("location")).toBe(`/en/orders/${order.id}/confirmed`)
    const cookies = redirect.headers.getSetCookie()
    expect(cookies.some((c: string) => c.startsWith("ocop_cart=;"))).toBe(true)
    expect(await placedOrderCookie.parse(cookies.find((c: string) => c.startsWith("ocop_order="))!)).toBe(order.id)
  })

  it("shows the decline in words and keeps the cart when the backend refuses the payment", async () => {
    const { id, cookie } = await paidCart()
    medusa.cardDeclined = true
    const page = await cardReturn(args(get("/vi/checkout/card?payment_intent=pi_1&redirect_status=succeeded", cookie), { lang: "vi" }))
    expect(status(page)).toBe(402)
    expect(body(page).error).toBe("Thẻ bị từ chối. Hãy dùng thẻ khác.")
    expect(medusa.carts.get(id).completed_at).toBeNull()
    expect(setCookies(page)).toEqual([])
  })

  it("does not even ask the backend when Stripe says the payment failed", async () => {
    const { cookie } = await paidCart()
    const page = await cardReturn(args(get("/en/checkout/card?payment_intent=pi_1&redirect_status=failed", cookie), { lang: "en" }))
    expect(status(page)).toBe(402)
    expect(body(page).error).toMatch(/did not go through/)
    expect(medusa.find("POST", /\/complete$/)).toEqual([])
  })

  it("sends a reload after the order was placed to the confirmation, not to a second order", async () => {
    const placed = cookieHeader(await placedOrderCookie.serialize("order_9"))
    const redirect = await thrown(cardReturn(args(get("/en/checkout/card?redirect_status=succeeded", placed), { lang: "en" })))
    expect(redirect.headers.get("location")).toBe("/en/orders/order_9/confirmed")
  })
})
