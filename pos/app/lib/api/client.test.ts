import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { posApi, posHandlers, TOKEN } from "../../../test/mocks/pos-api"
import { makeTranslator } from "../i18n"
import { errorSentence } from "../errors"
import { en } from "../../locales/en"
import { ApiError, createApi, isTransient, NetworkError } from "./client"

const BASE = "http://till.test"
const server = setupServer(...posHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
beforeEach(() => posApi.reset())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe("createApi", () => {
  it("signs in, then sends the bearer token and the clerk's language on every /pos call", async () => {
    let token: string | null = null
    const api = createApi({ baseUrl: BASE, token: () => token, locale: () => "en" })
    token = (await api.signIn("clerk.bat-trang@ocop.test", "ocop-demo")).token
    expect(token).toBe(TOKEN)
    const me = await api.me()
    expect(me.centre.handle).toBe("bat-trang")
    expect(posApi.received.at(-1)?.path).toBe("/pos/me")
  })

  it("answers a refusal as an ApiError with the backend's code and sentence, in the language asked", async () => {
    const api = createApi({ baseUrl: BASE, token: () => TOKEN, locale: () => "en" })
    const { shift } = await api.openShift({ client_id: "c1", till_id: "BT-1", opening_float: 500_000 })
    expect(shift.status).toBe("open")
    const refused = await api.openShift({ client_id: "c2", till_id: "BT-1", opening_float: 0 }).catch((e) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect(refused).toMatchObject({ status: 409, code: "shift_open", sentence: "This till already has an open shift. Close it first." })
    expect(errorSentence(refused, makeTranslator(en))).toBe("This till already has an open shift. Close it first.")
  })

  it("says 401 without a sentence as an expired session, and an unreachable backend as offline", async () => {
    const t = makeTranslator(en)
    const api = createApi({ baseUrl: BASE, token: () => "old" })
    const expired = await api.me().catch((e) => e)
    expect(expired).toMatchObject({ status: 401, sentence: null })
    expect(errorSentence(expired, t)).toBe(en["error.unauthorized"])
    server.use(http.get("*/pos/me", () => HttpResponse.error()))
    const offline = await api.me().catch((e) => e)
    expect(offline).toBeInstanceOf(NetworkError)
    expect(errorSentence(offline, t)).toBe(en["error.offline"])
    expect(isTransient(offline)).toBe(true)
    expect(isTransient(expired)).toBe(false)
    expect(isTransient(new ApiError(503, null, null, "down"))).toBe(true)
  })

  it("says the backend's login rate limit as when to try again, not as a wrong password", async () => {
    const t = makeTranslator(en)
    const tooMany = (seconds: number) =>
      HttpResponse.json({ type: "too_many_attempts", message: "Too many failed sign-ins.", retry_after_seconds: seconds }, { status: 429, headers: { "retry-after": String(seconds) } })
    const api = createApi({ baseUrl: BASE })
    server.use(http.post("*/auth/user/emailpass", () => tooMany(540)))
    const refused = await api.signIn("clerk.bat-trang@ocop.test", "sai").catch((e) => e)
    expect(refused).toMatchObject({ status: 429, sentence: null })
    expect(errorSentence(refused, t)).toBe("Too many failed sign-ins. Try again in 9 minutes.")
    server.use(http.post("*/auth/user/emailpass", () => tooMany(20)))
    expect(errorSentence(await api.signIn("clerk.bat-trang@ocop.test", "sai").catch((e) => e), t)).toBe("Too many failed sign-ins. Try again in a minute.")
  })

  it("searches with the centre's own publishable key and downloads the day report as CSV", async () => {
    const api = createApi({ baseUrl: BASE, token: () => TOKEN })
    const { hits } = await api.search("gom", { publishableKey: "pk_mock_bat_trang", centre: "bat-trang" })
    expect(hits.length).toBeGreaterThan(0)
    expect(await api.dayReportCsv("2026-12-02")).toMatch(/^section,key,name,quantity,total\n/)
    const refused = await api.search("gom", { centre: "bat-trang" }).catch((e) => e)
    expect(refused).toMatchObject({ status: 400 })
  })
})
