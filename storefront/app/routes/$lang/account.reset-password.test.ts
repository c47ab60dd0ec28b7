import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { AN, MEDUSA_URL, RESET_TOKEN, medusa } from "../../../test/mocks/medusa"
import { args, body, post, status, useMedusa } from "../../../test/route-requests"
import { logIn } from "../../lib/customer.server"
import { action } from "./account.reset-password"

const server = useMedusa()

const submit = (fields: Record<string, string>) => action(args(post("/en/account/reset-password", fields), { lang: "en" }))
const NEW = { intent: "reset", email: AN.email, password: "mat-khau-moi-2026", confirm: "mat-khau-moi-2026" }

describe("reset password: asking for a link", () => {
  it("answers the same whether or not the address has an account", async () => {
    // Whatever the backend says about an unknown address, the page must not repeat it.
    server.use(
      http.post(`${MEDUSA_URL}/auth/customer/emailpass/reset-password`, async ({ request }) => {
        const { identifier } = (await request.json()) as { identifier: string }
        return identifier === AN.email ? new HttpResponse(null, { status: 201 }) : HttpResponse.json({ message: "Identity not found" }, { status: 404 })
      })
    )
    const known = await submit({ intent: "request", email: AN.email })
    const unknown = await submit({ intent: "request", email: "nobody@example.vn" })
    expect(status(known)).toBe(200)
    expect(status(unknown)).toBe(status(known))
    expect(body(unknown)).toEqual(body(known))
    expect(body(known)).toEqual({ sent: true, expired: false, fields: [] })
  })

  it("asks the backend to send the link to the address typed", async () => {
    await submit({ intent: "request", email: " An@Example.VN " })
    expect(medusa.find("POST", "/auth/customer/emailpass/reset-password").map((r) => r.body)).toEqual([{ identifier: AN.email }])
  })
})

describe("reset password: choosing a new one", () => {
  it("says the link expired when the backend refuses the token", async () => {
    const answer = await submit({ ...NEW, token: "not-a-valid-reset-token" })
    expect(status(answer)).toBe(400)
    expect(body(answer)).toEqual({ sent: false, expired: true, fields: [] })
    expect(await logIn({ email: AN.email, password: NEW.password })).toBeNull()
  })

  it("changes the password with a good token and sends the shopper to log in", async () => {
    const answer = (await submit({ ...NEW, token: RESET_TOKEN })) as Response
    expect(answer.headers.get("location")).toBe("/en/account/login?reset=done")
    expect(medusa.find("POST", "/auth/customer/emailpass/update")[0]!.headers.get("authorization")).toBe(`Bearer ${RESET_TOKEN}`)
    expect(await logIn({ email: AN.email, password: NEW.password })).toMatch(/^tok_/)
  })

  it("refuses two different passwords before asking the backend", async () => {
    const answer = await submit({ ...NEW, token: RESET_TOKEN, confirm: "something-else" })
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["confirm"])
    expect(medusa.received).toEqual([])
  })
})
