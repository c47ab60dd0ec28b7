import { describe, expect, it, vi } from "vitest"
import { AN, BINH, medusa } from "../../../test/mocks/medusa"
import { args, body, get, post, signedIn, status, thrown, useMedusa } from "../../../test/route-requests"
import { action, loader } from "./account"

useMedusa()

const open = (cookie: string, lang = "en") => loader(args(get(`/${lang}/account`, cookie), { lang }))
const submit = (fields: Record<string, string>, cookie: string) => action(args(post("/en/account", fields, cookie), { lang: "en" }))
const ADDRESS = { first_name: "An", last_name: "Lê", phone: "0901234567", address_1: "1 Tràng Tiền", city: "Hà Nội", postal_code: "", country_code: "VN" }

describe("account loader", () => {
  it("sends a visitor without a session to log in, coming back here", async () => {
    const answer = await thrown(open(""))
    expect(answer.status).toBe(302)
    expect(answer.headers.get("location")).toBe("/en/account/login?next=%2Fen%2Faccount")
  })

  it("sends a shopper whose token the backend rejects to log in too, not to an error page", async () => {
    const cookie = await signedIn(AN)
    medusa.tokens.clear()
    expect((await thrown(open(cookie, "vi"))).headers.get("location")).toBe("/vi/account/login?next=%2Fvi%2Faccount")
  })

  it("shows the shopper their own orders and addresses", async () => {
    medusa.addOrder({ id: "order_an", customer_id: AN.id })
    medusa.addOrder({ id: "order_binh", customer_id: BINH.id })
    const page = await open(await signedIn(AN))
    expect(page.customer.email).toBe(AN.email)
    expect(page.orders.map((o) => o.id)).toEqual(["order_an"])
    expect(page.addresses).toEqual([])
  })
})

describe("account action", () => {
  it("adds an address to the shopper's book", async () => {
    const cookie = await signedIn(AN)
    const answer = await submit({ intent: "add-address", ...ADDRESS }, cookie)
    expect(body(answer)).toEqual({ error: null, fields: [] })
    expect(medusa.find("POST", "/store/customers/me/addresses").map((r) => r.body)).toEqual([{ ...ADDRESS, country_code: "vn" }])
    expect(medusa.addresses.get(AN.id)).toHaveLength(1)
  })

  it("deletes an address", async () => {
    const cookie = await signedIn(AN)
    medusa.addresses.set(AN.id, [{ id: "cuaddr_1", ...ADDRESS }])
    await submit({ intent: "delete-address", address_id: "cuaddr_1" }, cookie)
    expect(medusa.addresses.get(AN.id)).toEqual([])
  })

  it("names the wrong fields and writes nothing", async () => {
    const cookie = await signedIn(AN)
    medusa.received.length = 0
    const answer = await submit({ intent: "add-address", ...ADDRESS, phone: "x", city: "" }, cookie)
    expect(status(answer)).toBe(400)
    expect(body(answer).fields.sort()).toEqual(["city", "phone"])
    expect(medusa.writes()).toEqual([])
  })

  it("turns a backend refusal into a sentence, keeping the detail in the log", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined)
    const answer = await submit({ intent: "delete-address", address_id: "cuaddr_not_mine" }, await signedIn(AN))
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe("That did not work. Please try again in a few minutes.")
    expect(String(log.mock.calls[0]?.[1])).toMatch(/cuaddr_not_mine/)
    log.mockRestore()
  })

  it("changes nothing for a visitor who is not signed in", async () => {
    const answer = await thrown(submit({ intent: "delete-address", address_id: "cuaddr_1" }, ""))
    expect(answer.headers.get("location")).toMatch(/^\/en\/account\/login\?next=/)
    expect(medusa.writes()).toEqual([])
  })
})
