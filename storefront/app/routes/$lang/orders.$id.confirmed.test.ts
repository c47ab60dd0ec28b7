import { describe, expect, it } from "vitest"
import { AN, BINH, medusa } from "../../../test/mocks/medusa"
import { args, cookieHeader, get, signedIn, thrown, useMedusa } from "../../../test/route-requests"
import { placedOrderCookie } from "../../lib/cart.server"
import { sessions } from "../../lib/session.server"
import { loader } from "./orders.$id.confirmed"

useMedusa()

/** The confirmation page in a browser that placed `placed`, with a shopper's session cookie if any. */
const open = async (id: string, placed: string | null, lang = "en", session = "") => {
  const cookie = [placed ? cookieHeader(await placedOrderCookie.serialize(placed)) : "", session].filter(Boolean).join("; ")
  return loader(args(get(`/${lang}/orders/${id}/confirmed`, cookie), { lang, id }))
}
const tokenSent = (path: string) => medusa.find("GET", path).map((r) => r.headers.get("authorization"))

describe("order confirmation loader", () => {
  it("is not found in a browser that did not place this order, without asking the backend", async () => {
    medusa.addOrder({ id: "order_1" })
    expect(await thrown(open("order_1", null))).toMatchObject({ init: { status: 404 } })
    expect(await thrown(open("order_1", "order_2"))).toMatchObject({ init: { status: 404 } })
    expect(medusa.received).toEqual([])
  })

  it("shows a guest's order placed in this browser by its id alone, with no bank transfer details for pay-at-pick-up", async () => {
    medusa.addOrder({ id: "order_1", provider_id: "pp_system_default" })
    const page = await open("order_1", "order_1")
    expect(page.order.id).toBe("order_1")
    expect(page.vietqr).toBeNull()
    expect(medusa.find("GET", /\/store\/ocop\/vietqr\//)).toEqual([])
  })

  it("fetches the VietQR transfer details for an order paid by bank transfer, in the page's language", async () => {
    const order = medusa.addOrder({ id: "order_1", provider_id: "pp_vietqr_vietqr" })
    const page = await open("order_1", "order_1", "vi")
    const asked = medusa.find("GET", "/store/ocop/vietqr/payses_order_1")
    expect(asked).toHaveLength(1)
    expect(asked[0]!.query.get("locale")).toBe("vi")
    expect(page.vietqr).toMatchObject({ amount: order.total, reference: `OCOP${order.display_id}`, account_number: "0011004455667" })
  })

  it("says where to collect a pick-up order, in the page's language", async () => {
    medusa.addOrder({ id: "order_1" })
    const page = await open("order_1", "order_1", "en")
    expect(page.handover).toMatchObject({ kind: "pickup", centre: { handle: "bat-trang", name: "Bát Tràng Centre", address: "Thôn 1, xã Bát Tràng, Hà Nội" } })
    expect(medusa.find("GET", "/store/ocop/orders/order_1/centre")[0]!.query.get("locale")).toBe("en")
  })

  it("shows a signed-in customer's own order and where to collect it, asking with their token", async () => {
    medusa.addOrder({ id: "order_an", customer_id: AN.id })
    const page = await open("order_an", "order_an", "en", await signedIn(AN))
    expect(page.order.id).toBe("order_an")
    expect(page.handover).toMatchObject({ kind: "pickup", centre: { handle: "bat-trang" } })
    expect(tokenSent("/store/orders/order_an")).toEqual([expect.stringMatching(/^Bearer tok_/)])
    expect(tokenSent("/store/ocop/orders/order_an/centre")).toEqual([expect.stringMatching(/^Bearer tok_/)])
  })

  it("still shows a guest's order to a browser with someone signed in", async () => {
    medusa.addOrder({ id: "order_guest", customer_id: null })
    const page = await open("order_guest", "order_guest", "en", await signedIn(AN))
    expect(page.order.id).toBe("order_guest")
    expect(page.handover).toMatchObject({ kind: "pickup" })
  })

  it("is not found for a registered customer's order without that customer's session", async () => {
    medusa.addOrder({ id: "order_an", customer_id: AN.id })
    expect(await thrown(open("order_an", "order_an"))).toMatchObject({ init: { status: 404 } })
    expect(await thrown(open("order_an", "order_an", "en", await signedIn(BINH)))).toMatchObject({ init: { status: 404 } })
  })

  it("sends a shopper whose session outlived its token to sign in, coming back to the order", async () => {
    medusa.addOrder({ id: "order_an", customer_id: AN.id })
    const session = await sessions.getSession()
    session.set("token", "tok_expired")
    session.set("customer_id", AN.id)
    const answer = await thrown(open("order_an", "order_an", "en", cookieHeader(await sessions.commitSession(session))))
    expect(answer.headers.get("location")).toBe("/en/account/login?next=%2Fen%2Forders%2Forder_an%2Fconfirmed")
  })

  it("is not found when the backend does not know the order", async () => {
    expect(await thrown(open("order_gone", "order_gone"))).toMatchObject({ init: { status: 404 } })
  })
})
