import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { AN, MEDUSA_URL, medusa } from "../../test/mocks/medusa"
import { get, signedIn, thrown, useMedusa } from "../../test/route-requests"
import { logIn, register, requireCustomer, safeNext } from "./customer.server"
import { TooManySignIns } from "./sign-in-limit.server"

/** The backend's 429 for a sign-in (backend/src/api/auth/login-rate-limit.ts). */
const tooMany = (seconds: number) =>
  HttpResponse.json(
    { type: "too_many_attempts", message: "Too many failed sign-ins.", retry_after_seconds: seconds },
    { status: 429, headers: { "retry-after": String(seconds) } }
  )

const server = useMedusa()

describe("safeNext", () => {
  it("keeps a path on this site in the page's language", () => {
    expect(safeNext("/en/checkout", "en")).toBe("/en/checkout")
    expect(safeNext("/vi/account/orders/order_1?x=1", "vi")).toBe("/vi/account/orders/order_1?x=1")
  })
  it.each([
    "//evil.com",
    "//evil.com/en/",
    "https://evil.com",
    "https://evil.com/en/account",
    "/vi/account",
    "/en",
    "en/account",
    "javascript:alert(1)",
    "",
    null,
  ])("sends %s to the account page instead", (next) => {
    expect(safeNext(next, "en")).toBe("/en/account")
  })
})

describe("logIn", () => {
  it("answers the backend's token for the right pair, and null for a wrong one", async () => {
    expect(await logIn({ email: AN.email, password: AN.password })).toMatch(/^tok_/)
    expect(await logIn({ email: AN.email, password: "sai-mat-khau" })).toBeNull()
  })
  it("does not report a backend that fails as a wrong password", async () => {
    server.use(http.post(`${MEDUSA_URL}/auth/customer/emailpass`, () => HttpResponse.json({ message: "boom" }, { status: 500 })))
    await expect(logIn({ email: AN.email, password: AN.password })).rejects.toMatchObject({ status: 500 })
  })
  it("tells the backend's login rate limit apart from a wrong password, with the wait", async () => {
    server.use(http.post(`${MEDUSA_URL}/auth/customer/emailpass`, () => tooMany(600)))
    const refused = logIn({ email: AN.email, password: AN.password })
    await expect(refused).rejects.toBeInstanceOf(TooManySignIns)
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 600 })
  })
})

describe("register", () => {
  it("creates the customer with the registration token, then logs in", async () => {
    const token = await register({ email: "chi@example.vn", password: "mat-khau-moi", first_name: "Chi", last_name: "Phạm" })
    const [identity] = medusa.find("POST", "/auth/customer/emailpass/register")
    const [created] = medusa.find("POST", "/store/customers")
    expect(identity!.body).toEqual({ email: "chi@example.vn", password: "mat-khau-moi" })
    const registration = medusa.tokens.get(created!.headers.get("authorization")!.replace("Bearer ", ""))
    expect(registration).toEqual({ email: "chi@example.vn" })
    expect(created!.body).toEqual({ email: "chi@example.vn", first_name: "Chi", last_name: "Phạm" })
    expect(medusa.tokens.get(token!)?.customer_id).toMatch(/^cus_/)
  })
  it("answers null for an e-mail that already has an account, and creates nothing", async () => {
    expect(await register({ email: AN.email, password: "mat-khau-moi", first_name: "An", last_name: "Lê" })).toBeNull()
    expect(medusa.find("POST", "/store/customers")).toEqual([])
  })
})

describe("requireCustomer", () => {
  it("answers the token of a signed-in shopper the backend still accepts", async () => {
    const cookie = await signedIn(AN)
    expect(await requireCustomer(get("/en/account", cookie), "en")).toMatch(/^tok_cus_an/)
  })
  it("sends a shopper without a session, or with a token the backend rejects, to log in and come back", async () => {
    const none = await thrown(requireCustomer(get("/en/account/orders/order_1?tab=items"), "en"))
    expect(none.headers.get("location")).toBe(`/en/account/login?next=${encodeURIComponent("/en/account/orders/order_1?tab=items")}`)
    const cookie = await signedIn(AN)
    medusa.tokens.clear() // expired
    const stale = await thrown(requireCustomer(get("/vi/account", cookie), "vi"))
    expect(stale.headers.get("location")).toBe("/vi/account/login?next=%2Fvi%2Faccount")
  })
  it("shows the 503 page, not the login page, when the backend does not answer", async () => {
    const cookie = await signedIn(AN)
    server.use(http.get(`${MEDUSA_URL}/store/customers/me`, () => HttpResponse.json({ message: "boom" }, { status: 500 })))
    const down = await thrown(requireCustomer(get("/en/account", cookie), "en"))
    expect(down).toMatchObject({ init: { status: 503 } })
  })
})
