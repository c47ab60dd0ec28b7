import { describe, expect, it } from "vitest"
import { medusa } from "../../../test/mocks/medusa"
import { args, body, cookieHeader, get, post, setCookies, status, thrown, useMedusa } from "../../../test/route-requests"
import { cartCookie, placedOrderCookie } from "../../lib/cart.server"
import { action, loader } from "./checkout"

useMedusa()

const PERSON = { first_name: "An", last_name: "Lê", phone: "+84 90 123 4567" }
const CONTACT = { email: "an@example.vn", ...PERSON }
const SAVED_ADDRESS = { ...PERSON, country_code: "vn", address_1: "—", city: "Hà Nội", postal_code: "" }

async function shopper(cart: Record<string, unknown> = {}) {
  const id = medusa.addCart({ items: [{ variant_id: "variant_binh", quantity: 1 }], ...cart })
  return { id, cookie: cookieHeader(await cartCookie.serialize(id)) }
}
/** A shopper who has saved step 1 (who and where). */
const readyShopper = () => shopper({ email: CONTACT.email, shipping_address: SAVED_ADDRESS })

const open = (cookie: string, lang = "en") => loader(args(get(`/${lang}/checkout`, cookie), { lang }))
const submit = (fields: Record<string, string>, cookie: string, lang = "en") => action(args(post(`/${lang}/checkout`, fields, cookie), { lang }))

describe("checkout loader", () => {
  it("sends a visitor without a cart, or with an empty one, to the cart page", async () => {
    const none = await thrown(open(""))
    expect(none.status).toBe(302)
    expect(none.headers.get("location")).toBe("/en/cart")
    const { cookie } = await shopper({ items: [] })
    expect((await thrown(open(cookie, "vi"))).headers.get("location")).toBe("/vi/cart")
  })

  it("offers no ways to get or pay for the order before name, phone and e-mail were saved", async () => {
    // Medusa pre-fills a one-country region's country and a signed-in shopper's e-mail.
    const { cookie } = await shopper({ email: "an@example.vn", shipping_address: { country_code: "vn" } })
    const page = await open(cookie)
    expect(page).toMatchObject({ ready: false, options: [], providers: [] })
    expect(medusa.find("GET", "/store/shipping-options")).toEqual([])
    expect(medusa.find("GET", "/store/payment-providers")).toEqual([])
  })

  it("once details are saved, offers the priced ways to get the order and only the payments this page can take", async () => {
    const { id, cookie } = await readyShopper()
    const page = await open(cookie)
    expect(page.ready).toBe(true)
    expect(medusa.find("GET", "/store/shipping-options")[0]!.query.get("cart_id")).toBe(id)
    expect(page.options).toEqual([
      { id: "so_pickup", name: "Bát Tràng Centre", amount: 0, pickup: true, available: true },
      { id: "so_pickup_vp", name: "Vạn Phúc Centre", amount: 0, pickup: true, available: false },
      { id: "so_ship_vn", name: "Giao hàng tận nơi", amount: 30_000, pickup: false, available: true },
    ])
    expect(page.shipsFrom).toBe("Bát Tràng Centre")
    expect(page.providers).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
  })

  it("offers pick-up only at centres that have every line, and no delivery when no centre has it all", async () => {
    const { cookie } = await readyShopper()
    medusa.centreStock["bat-trang"] = {}
    medusa.centreStock["van-phuc"] = { variant_binh: 3 }
    const page = await open(cookie, "vi")
    expect(page.options.filter((o) => o.available).map((o) => o.id)).toEqual(["so_pickup_vp", "so_ship_vn"])
    expect(page.options.find((o) => o.id === "so_pickup_vp")!.name).toBe("Trung tâm Vạn Phúc")
    medusa.centreStock["van-phuc"] = {}
    const none = await open(cookie)
    expect(none.options.filter((o) => o.available)).toEqual([])
    expect(none.shipsFrom).toBeNull()
  })
})

describe("checkout action: details", () => {
  it("saves a Vietnam pick-up shopper with a placeholder street and Hà Nội, in the Vietnam region", async () => {
    const { id, cookie } = await shopper()
    const answer = await submit({ intent: "details", ...CONTACT, email: " an@example.vn ", country_code: "VN" }, cookie)
    expect(body(answer)).toEqual({ error: null, fields: [] })
    expect(medusa.find("POST", `/store/carts/${id}`).map((r) => r.body)).toEqual([
      { email: "an@example.vn", region_id: "reg_vn", shipping_address: SAVED_ADDRESS, billing_address: SAVED_ADDRESS },
    ])
  })

  it("moves a cart going abroad to the region whose countries contain the country", async () => {
    const { id, cookie } = await shopper()
    const address = { ...PERSON, country_code: "fr", address_1: "12 rue de Rivoli", city: "Paris", postal_code: "75001" }
    const answer = await submit({ intent: "details", email: CONTACT.email, ...address, country_code: "FR" }, cookie)
    expect(status(answer)).toBe(200)
    expect(medusa.find("POST", `/store/carts/${id}`).map((r) => r.body)).toEqual([
      { email: CONTACT.email, region_id: "reg_intl", shipping_address: address, billing_address: address },
    ])
    expect(medusa.carts.get(id).currency_code).toBe("usd")
  })

  it("needs a street address for delivery abroad, and says which field", async () => {
    const { cookie } = await shopper()
    const answer = await submit({ intent: "details", ...CONTACT, country_code: "us", city: "Boston" }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["address_1"])
    expect(medusa.writes()).toEqual([])
  })

  it("refuses a country no region ships to", async () => {
    const { cookie } = await shopper()
    const answer = await submit({ intent: "details", ...CONTACT, country_code: "zz", address_1: "1 Main St" }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["country_code"])
    expect(medusa.writes()).toEqual([])
  })

  it("names every wrong field at once", async () => {
    const { cookie } = await shopper()
    const answer = await submit({ intent: "details", ...CONTACT, email: "an-at-example", phone: "12", country_code: "vn" }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).fields.sort()).toEqual(["email", "phone"])
    expect(medusa.writes()).toEqual([])
  })
})

describe("checkout action: place", () => {
  it.each(["pp_system_default", "pp_vietqr_vietqr"])(
    "with %s: adds the way to get it, starts that payment, completes, and opens the confirmation in this browser only",
    async (provider) => {
      const { id, cookie } = await readyShopper()
      const answer = await submit({ intent: "place", option_id: "so_pickup", provider_id: provider }, cookie, "vi")
      const order = [...medusa.orders.values()][0]
      expect(order.cart_id).toBe(id)
      expect(answer).toBeInstanceOf(Response)
      expect(status(answer)).toBe(302)
      expect((answer as Response).headers.get("location")).toBe(`/vi/orders/${order.id}/confirmed`)

      const writes = medusa.writes().map((r) => [r.path, r.body])
      const collection = medusa.carts.get(id).payment_collection.id
      expect(writes).toEqual([
        [`/store/carts/${id}/shipping-methods`, { option_id: "so_pickup" }],
        ["/store/payment-collections", { cart_id: id }],
        [`/store/payment-collections/${collection}/payment-sessions`, { provider_id: provider }],
        [`/store/carts/${id}/complete`, null],
      ])

      const cookies = setCookies(answer)
      const cleared = cookies.find((c) => c.startsWith("ocop_cart="))!
      expect(cleared).toMatch(/Max-Age=0/)
      expect(await cartCookie.parse(cookieHeader(cleared))).toBe("")
      const placed = cookies.find((c) => c.startsWith("ocop_order="))!
      expect(placed).toMatch(/HttpOnly/)
      expect(await placedOrderCookie.parse(cookieHeader(placed))).toBe(order.id)
    }
  )

  it("keeps the cart and shows the sentence when the backend answers the completion with the cart and an error", async () => {
    const { id, cookie } = await readyShopper()
    medusa.stock.variant_binh = 0 // sold at a counter meanwhile
    const answer = await submit({ intent: "place", option_id: "so_pickup", provider_id: "pp_system_default" }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe("There is not enough stock for that quantity. Lower the quantity or choose another product.")
    expect(setCookies(answer)).toEqual([])
    expect(medusa.orders.size).toBe(0)
    expect(medusa.carts.get(id).completed_at).toBeNull()
  })

  it("shows the backend's own sentence when the pick-up centre sold out meanwhile, and keeps the cart", async () => {
    const { id, cookie } = await readyShopper()
    medusa.centreStock["van-phuc"] = {}
    const answer = await submit({ intent: "place", option_id: "so_pickup_vp", provider_id: "pp_system_default" }, cookie, "vi")
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe("Trung tâm Vạn Phúc không còn đủ hàng để bạn nhận.")
    expect(medusa.find("POST", /\/complete$/)[0]!.query.get("locale")).toBe("vi")
    expect(medusa.carts.get(id).completed_at).toBeNull()
  })

  it("turns a refused way to get the order into the shipping sentence", async () => {
    const { cookie } = await readyShopper()
    const answer = await submit({ intent: "place", option_id: "so_intl", provider_id: "pp_system_default" }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe("We cannot deliver to this address that way. Choose another way to get your order.")
    expect(medusa.find("POST", /\/complete$/)).toEqual([])
  })

  it.each(["pp_stripe_stripe", "pp_free_money"])("refuses the payment provider %s before asking the backend anything", async (provider) => {
    const { cookie } = await readyShopper()
    const answer = await submit({ intent: "place", option_id: "so_pickup", provider_id: provider }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["provider_id"])
    expect(medusa.writes()).toEqual([])
  })

  it("sends a visitor whose cart is gone back to the cart page", async () => {
    const answer = await thrown(submit({ intent: "place", option_id: "so_pickup", provider_id: "pp_system_default" }, ""))
    expect(answer.headers.get("location")).toBe("/en/cart")
    expect(medusa.writes()).toEqual([])
  })
})
