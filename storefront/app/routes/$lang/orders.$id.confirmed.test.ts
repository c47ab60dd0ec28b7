import { describe, expect, it } from "vitest"
import { medusa } from "../../../test/mocks/medusa"
import { args, cookieHeader, get, thrown, useMedusa } from "../../../test/route-requests"
import { placedOrderCookie } from "../../lib/cart.server"
import { loader } from "./orders.$id.confirmed"

useMedusa()

const open = async (id: string, placed: string | null, lang = "en") => {
  const cookie = placed ? cookieHeader(await placedOrderCookie.serialize(placed)) : ""
  return loader(args(get(`/${lang}/orders/${id}/confirmed`, cookie), { lang, id }))
}

describe("order confirmation loader", () => {
  it("is not found in a browser that did not place this order, without asking the backend", async () => {
    medusa.addOrder({ id: "order_1" })
    expect(await thrown(open("order_1", null))).toMatchObject({ init: { status: 404 } })
    expect(await thrown(open("order_1", "order_2"))).toMatchObject({ init: { status: 404 } })
    expect(medusa.received).toEqual([])
  })

  it("shows the order placed in this browser, with no bank transfer details for pay-at-pick-up", async () => {
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

  it("is not found when the backend does not know the order", async () => {
    expect(await thrown(open("order_gone", "order_gone"))).toMatchObject({ init: { status: 404 } })
  })
})
