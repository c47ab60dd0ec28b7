import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, body, cookieHeader, get, post, setCookies, signedIn, status, useMedusa } from "../../../test/route-requests"
import { AN } from "../../../test/mocks/medusa"
import { producerSessions } from "../../lib/producer-session.server"
import { action, loader } from "./producer.login"

const server = useMedusa()

const { HTX_LOGIN, PRODUCER_LOGINS } = producerRecords
const logIn = (fields: Record<string, string>, cookie = "", lang = "vi") => action(args(post(`/${lang}/producer/login`, fields, cookie), { lang }))

describe("producer login action", () => {
  it("keeps the producer's token in its own signed httpOnly cookie and opens the dashboard", async () => {
    const answer = (await logIn({ email: ` ${HTX_LOGIN.email.toUpperCase()} `, password: HTX_LOGIN.password })) as Response
    expect(answer.status).toBe(302)
    expect(answer.headers.get("location")).toBe("/vi/producer")
    const [set] = setCookies(answer)
    expect(set).toMatch(/^ocop_producer=/)
    expect(set).toMatch(/HttpOnly/)
    const session = await producerSessions.getSession(cookieHeader(set!))
    expect(medusa.producer.tokens.get(session.get("token")!)?.producer_id).toBe(HTX_LOGIN.producer_id)
    expect(session.get("producer")).toBe("HTX Gốm Bát Tràng")
  })

  it("leaves a shopper's session at the same browser alone", async () => {
    const shopper = await signedIn(AN)
    const answer = await logIn({ email: HTX_LOGIN.email, password: HTX_LOGIN.password }, shopper)
    expect(setCookies(answer).every((c) => c.startsWith("ocop_producer="))).toBe(true)
  })

  it("answers 401 to a wrong password, and to a login that belongs to no producer", async () => {
    for (const fields of [{ email: HTX_LOGIN.email, password: "sai-mat-khau" }, { email: PRODUCER_LOGINS[2]!.email, password: PRODUCER_LOGINS[2]!.password }]) {
      const answer = await logIn(fields)
      expect(status(answer)).toBe(401)
      expect(body(answer)).toEqual({ wrong: true, fields: [], error: null })
      expect(setCookies(answer)).toEqual([])
    }
  })

  it("goes on to a producer page it came from, never elsewhere", async () => {
    const back = (await logIn({ email: HTX_LOGIN.email, password: HTX_LOGIN.password, next: "/vi/producer/stock" })) as Response
    expect(back.headers.get("location")).toBe("/vi/producer/stock")
    const away = (await logIn({ email: HTX_LOGIN.email, password: HTX_LOGIN.password, next: "//evil.com" })) as Response
    expect(away.headers.get("location")).toBe("/vi/producer")
  })

  it("refuses a form without an e-mail address before asking the backend", async () => {
    const answer = await logIn({ email: "htx", password: "x" })
    expect(status(answer)).toBe(400)
    expect(body(answer).fields).toEqual(["email"])
    expect(medusa.received).toEqual([])
  })
})

describe("producer login loader", () => {
  it("keeps a safe `next`, and needs no backend (the page shows when it is down)", () => {
    expect(loader(args(get("/en/producer/login?next=%2Fen%2Fproducer%2Fstatements"), { lang: "en" })).next).toBe("/en/producer/statements")
    expect(loader(args(get("/en/producer/login?next=%2Fen%2Faccount"), { lang: "en" })).next).toBe("/en/producer")
    expect(medusa.received).toEqual([])
  })
})

describe("producer login refused by the backend's login rate limit", () => {
  it("keeps the form and says when to try again, not that the password is wrong", async () => {
    const { http, HttpResponse } = await import("msw")
    const { MEDUSA_URL } = await import("../../../test/mocks/medusa")
    server.use(
      http.post(`${MEDUSA_URL}/auth/producer/emailpass`, () =>
        HttpResponse.json({ type: "too_many_attempts", message: "Too many failed sign-ins.", retry_after_seconds: 300 }, { status: 429, headers: { "retry-after": "300" } })
      )
    )
    const answer = await logIn({ email: HTX_LOGIN.email, password: HTX_LOGIN.password })
    expect(status(answer)).toBe(429)
    expect(body(answer)).toEqual({ wrong: false, fields: [], error: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 5 phút." })
    expect(setCookies(answer)).toEqual([])
  })
})

describe("producer login without a backend", () => {
  it("keeps the form and says the backend does not answer", async () => {
    const { http, HttpResponse } = await import("msw")
    const { MEDUSA_URL } = await import("../../../test/mocks/medusa")
    server.use(http.post(`${MEDUSA_URL}/auth/producer/emailpass`, () => HttpResponse.error()))
    const answer = await logIn({ email: HTX_LOGIN.email, password: HTX_LOGIN.password })
    expect(status(answer)).toBe(503)
    expect(body(answer).error).toBe("Cửa hàng tạm thời không kết nối được. Hãy thử lại sau ít phút.")
  })
})
