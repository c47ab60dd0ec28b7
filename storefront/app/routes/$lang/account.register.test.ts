import { describe, expect, it } from "vitest"
import { AN, medusa } from "../../../test/mocks/medusa"
import { args, body, cookieHeader, post, setCookies, status, useMedusa } from "../../../test/route-requests"
import { sessions } from "../../lib/session.server"
import { action } from "./account.register"

useMedusa()

const CHI = { email: "chi@example.vn", password: "mat-khau-moi", first_name: "Chi", last_name: "Phạm" }
const register = (fields: Record<string, string>, lang = "vi") => action(args(post(`/${lang}/account/register`, fields), { lang }))

describe("register action", () => {
  it("answers 409 for an e-mail that already has an account, creating nothing and starting no session", async () => {
    const answer = await register({ ...CHI, email: AN.email })
    expect(status(answer)).toBe(409)
    expect(body(answer)).toEqual({ taken: true, fields: [] })
    expect(medusa.find("POST", "/store/customers")).toEqual([])
    expect(setCookies(answer)).toEqual([])
  })

  it("creates the customer with the registration token, logs in, and opens the account", async () => {
    const answer = (await register(CHI)) as Response
    const [created] = medusa.find("POST", "/store/customers")
    expect(created!.body).toEqual({ email: CHI.email, first_name: CHI.first_name, last_name: CHI.last_name })
    expect(medusa.tokens.get(created!.headers.get("authorization")!.replace("Bearer ", ""))).toEqual({ email: CHI.email })
    expect(medusa.find("POST", "/auth/customer/emailpass").map((r) => r.body)).toEqual([{ email: CHI.email, password: CHI.password }])

    expect(answer.headers.get("location")).toBe("/vi/account")
    const session = await sessions.getSession(cookieHeader(setCookies(answer)[0]!))
    const customer = medusa.customers.find((c) => c.email === CHI.email)!
    expect(session.get("customer_id")).toBe(customer.id)
  })

  it("refuses a password shorter than 8 characters before asking the backend", async () => {
    const answer = await register({ ...CHI, password: "ngan" })
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["password"])
    expect(medusa.received).toEqual([])
  })
})
