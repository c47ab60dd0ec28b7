import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { AN, MEDUSA_URL, medusa } from "../../../test/mocks/medusa"
import { args, body, cookieHeader, get, post, setCookies, status, useMedusa } from "../../../test/route-requests"
import { cartCookie } from "../../lib/cart.server"
import { sessions } from "../../lib/session.server"
import { action, loader } from "./account.login"

const server = useMedusa()

const logIn = (fields: Record<string, string>, cookie = "", lang = "en") => action(args(post(`/${lang}/account/login`, fields, cookie), { lang }))

describe("login action", () => {
  it("answers 401 to a wrong password, and starts no session", async () => {
    const answer = await logIn({ email: AN.email, password: "sai-mat-khau", next: "/en/checkout" })
    expect(status(answer)).toBe(401)
    expect(body(answer)).toEqual({ wrong: true, fields: [], error: null })
    expect(setCookies(answer)).toEqual([])
  })

  it.each([
    ["en", 600, "Too many failed sign-ins. Try again in 10 minutes."],
    ["vi", 899, "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút."],
    ["en", 45, "Too many failed sign-ins. Try again in a minute."],
  ])("says when to try again (%s, %i s) when the backend's login limit answers 429, not 'wrong password'", async (lang, seconds, sentence) => {
    server.use(
      http.post(`${MEDUSA_URL}/auth/customer/emailpass`, () =>
        HttpResponse.json({ type: "too_many_attempts", message: "Too many failed sign-ins.", retry_after_seconds: seconds }, { status: 429, headers: { "retry-after": String(seconds) } })
      )
    )
    const answer = await logIn({ email: AN.email, password: AN.password }, "", lang as string)
    expect(status(answer)).toBe(429)
    expect(body(answer)).toEqual({ wrong: false, fields: [], error: sentence })
    expect(setCookies(answer)).toEqual([])
  })

  it("starts a signed, httpOnly session for the right password and goes on to `next`", async () => {
    const answer = (await logIn({ email: ` ${AN.email.toUpperCase()} `, password: AN.password, next: "/en/checkout" })) as Response
    expect(answer.status).toBe(302)
    expect(answer.headers.get("location")).toBe("/en/checkout")
    const [set] = setCookies(answer)
    expect(set).toMatch(/^ocop_session=/)
    expect(set).toMatch(/HttpOnly/)
    const session = await sessions.getSession(cookieHeader(set!))
    expect(session.get("customer_id")).toBe(AN.id)
    expect(medusa.tokens.get(session.get("token")!)?.customer_id).toBe(AN.id)
  })

  it("ignores a session cookie whose signature was tampered with", async () => {
    const answer = await logIn({ email: AN.email, password: AN.password })
    const [name, value] = cookieHeader(setCookies(answer)[0]!).split("=")
    const forged = `${name}=${value!.slice(0, -3)}abc`
    expect((await sessions.getSession(forged)).get("customer_id")).toBeUndefined()
  })

  it.each(["//evil.com", "https://evil.com/en/account", "/vi/checkout"])("does not follow next=%s off this site or language", async (next) => {
    const answer = (await logIn({ email: AN.email, password: AN.password, next })) as Response
    expect(answer.headers.get("location")).toBe("/en/account")
  })

  it("gives the visitor's open cart to the shopper who logs in", async () => {
    const id = medusa.addCart({ items: [{ variant_id: "variant_binh", quantity: 1 }] })
    await logIn({ email: AN.email, password: AN.password }, cookieHeader(await cartCookie.serialize(id)))
    expect(medusa.carts.get(id).customer_id).toBe(AN.id)
  })

  it("refuses a form without an e-mail address before asking the backend", async () => {
    const answer = await logIn({ email: "an", password: "x" })
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["email"])
    expect(medusa.received).toEqual([])
  })
})

describe("login loader", () => {
  it("keeps a safe `next` for the form, and replaces one that leaves the site", () => {
    expect(loader(args(get("/en/account/login?next=%2Fen%2Fcheckout"), { lang: "en" })).next).toBe("/en/checkout")
    expect(loader(args(get("/en/account/login?next=%2F%2Fevil.com"), { lang: "en" })).next).toBe("/en/account")
  })
})
