import { describe, expect, it } from "vitest"
import { AN, medusa } from "../../../test/mocks/medusa"
import { args, cookieHeader, get, post, setCookies, signedIn, useMedusa } from "../../../test/route-requests"
import { cartCookie } from "../../lib/cart.server"
import { sessions } from "../../lib/session.server"
import { action, loader } from "./account.logout"

useMedusa()

describe("logout", () => {
  it("destroys the session and goes home", async () => {
    const cookie = await signedIn(AN)
    const answer = (await action(args(post("/en/account/logout", {}, cookie), { lang: "en" }))) as Response
    expect(answer.headers.get("location")).toBe("/en")
    const cleared = setCookies(answer).find((c) => c.startsWith("ocop_session="))!
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/)
    const session = await sessions.getSession(cookieHeader(cleared))
    expect(session.get("token")).toBeUndefined()
    expect(session.get("customer_id")).toBeUndefined()
  })

  it("forgets the cart too: it is the shopper's now, and the next person at this browser must not order into their account", async () => {
    const id = medusa.addCart({ items: [{ variant_id: "variant_binh", quantity: 1 }], customer_id: AN.id, email: AN.email })
    const cookie = `${await signedIn(AN)}; ${cookieHeader(await cartCookie.serialize(id))}`
    const answer = await action(args(post("/vi/account/logout", {}, cookie), { lang: "vi" }))
    const cart = setCookies(answer).find((c) => c.startsWith("ocop_cart="))
    expect(cart, "the cart cookie is cleared").toBeDefined()
    expect(await cartCookie.parse(cookieHeader(cart!))).toBe("")
  })

  it("does not log out on a GET (a prefetch or a crawler could follow a link)", async () => {
    const answer = (await loader(args(get("/en/account/logout", await signedIn(AN)), { lang: "en" }))) as Response
    expect(answer.headers.get("location")).toBe("/en/account")
    expect(answer.headers.getSetCookie()).toEqual([])
  })
})
