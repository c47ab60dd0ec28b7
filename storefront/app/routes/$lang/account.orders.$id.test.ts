import { describe, expect, it } from "vitest"
import { AN, BINH, medusa } from "../../../test/mocks/medusa"
import { args, get, signedIn, thrown, useMedusa } from "../../../test/route-requests"
import { loader } from "./account.orders.$id"

useMedusa()

const open = (id: string, cookie: string) => loader(args(get(`/en/account/orders/${id}`, cookie), { lang: "en", id }))

describe("account order page loader", () => {
  it("shows the shopper's own order and where to collect it, asking with their token", async () => {
    medusa.addOrder({ id: "order_an", customer_id: AN.id })
    const page = await open("order_an", await signedIn(AN))
    expect(page.order.id).toBe("order_an")
    expect(page.handover).toMatchObject({ kind: "pickup", centre: { handle: "bat-trang" } })
    for (const path of ["/store/orders/order_an", "/store/ocop/orders/order_an/centre"]) {
      expect(medusa.find("GET", path).map((r) => r.headers.get("authorization"))).toEqual([expect.stringMatching(/^Bearer tok_/)])
    }
  })

  it("answers 404 for another customer's order", async () => {
    medusa.addOrder({ id: "order_binh", customer_id: BINH.id })
    expect(await thrown(open("order_binh", await signedIn(AN)))).toMatchObject({ init: { status: 404 } })
  })

  // The backend hands a guest's order out by its id; the page still shows only the shopper's own.
  it("answers 404 for a guest order that belongs to no account", async () => {
    medusa.addOrder({ id: "order_guest", customer_id: null })
    expect(await thrown(open("order_guest", await signedIn(AN)))).toMatchObject({ init: { status: 404 } })
  })

  it("answers 404 when the backend does not know the order", async () => {
    expect(await thrown(open("order_gone", await signedIn(AN)))).toMatchObject({ init: { status: 404 } })
  })

  it("sends a visitor without a session to log in, coming back to the order", async () => {
    medusa.addOrder({ id: "order_an", customer_id: AN.id })
    const answer = await thrown(open("order_an", ""))
    expect(answer.headers.get("location")).toBe("/en/account/login?next=%2Fen%2Faccount%2Forders%2Forder_an")
    expect(medusa.find("GET", "/store/orders/order_an")).toEqual([])
  })
})
