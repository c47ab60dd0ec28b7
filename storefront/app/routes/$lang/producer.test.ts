import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { medusa, MEDUSA_URL, producerRecords } from "../../../test/mocks/medusa"
import { args, get, producerSignedIn, setCookies, thrown, useMedusa } from "../../../test/route-requests"
import { translator } from "../../lib/messages.server"
import { loader } from "./producer"
import { last30Days, lastMonth } from "./producer.server"

const server = useMedusa()
const load = (cookie: string, lang = "vi") => loader(args(get(`/${lang}/producer`, cookie), { lang }))

describe("producer dashboard", () => {
  it("sends a visitor without a producer session to the producer login, coming back here", async () => {
    const answer = (await thrown(load(""))) as Response
    expect(answer.status).toBe(302)
    expect(answer.headers.get("location")).toBe("/vi/producer/login?next=%2Fvi%2Fproducer")
    expect(medusa.received).toEqual([])
  })

  it("asks for the last 30 Hanoi days of sales, in the page's language, with the producer's token", async () => {
    const data = await load(await producerSignedIn(producerRecords.HTX_LOGIN), "en")
    const [call] = medusa.find("GET", "/producer/sales")
    expect(call!.query.get("locale")).toBe("en")
    expect(call!.headers.get("authorization")).toMatch(/^Bearer ptok_/)
    const { from, to } = last30Days()
    expect([call!.query.get("from"), call!.query.get("to")]).toEqual([from, to])
    expect(data.sales.totals.revenue).toBe(1_800_000)
    expect(data.name).toBe("HTX Gốm Bát Tràng")
  })

  it("sends a producer whose token the backend refuses (401) to log in again, forgetting it", async () => {
    server.use(http.get(`${MEDUSA_URL}/producer/sales`, () => HttpResponse.json({ type: "unauthorized", message: "Unauthorized" }, { status: 401 })))
    const answer = (await thrown(load(await producerSignedIn(producerRecords.HTX_LOGIN)))) as Response
    expect(answer.headers.get("location")).toMatch(/^\/vi\/producer\/login\?next=/)
    expect(setCookies(answer)[0]).toMatch(/^ocop_producer=;/)
  })

  it("shows the backend's sentence for another refusal, and ours when it does not answer", async () => {
    const cookie = await producerSignedIn(producerRecords.HTX_LOGIN)
    server.use(http.get(`${MEDUSA_URL}/producer/sales`, () => HttpResponse.json({ type: "invalid_data", code: "range", message: "Khoảng ngày quá dài." }, { status: 400 })))
    const refused = await thrown(load(cookie))
    expect(refused.init.status).toBe(400)
    expect(refused.data.message).toBe("Khoảng ngày quá dài.")
    server.use(http.get(`${MEDUSA_URL}/producer/sales`, () => HttpResponse.error()))
    const down = await thrown(load(cookie))
    expect(down.init.status).toBe(503)
    expect(down.data.message).toBe(translator("vi")("error.backend"))
  })
})

describe("producer dates", () => {
  it("count 30 days in Hanoi, and last month across a new year", () => {
    expect(last30Days(new Date("2026-12-05T18:00:00Z"))).toEqual({ from: "2026-11-07", to: "2026-12-06" })
    expect(lastMonth(new Date("2027-01-10T00:00:00Z"))).toBe("2026-12")
  })
})
