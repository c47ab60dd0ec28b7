import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, get, producerSignedIn, thrown, useMedusa } from "../../../test/route-requests"
import { loader as download } from "./producer.statements.$month.$format"
import { loader } from "./producer.statements"

useMedusa()

const { HTX_LOGIN } = producerRecords

describe("producer statements", () => {
  it("shows the month asked for, per centre, with the commission and what is owed", async () => {
    const page = await loader(args(get("/vi/producer/statements?month=2026-11", await producerSignedIn(HTX_LOGIN)), { lang: "vi" }))
    expect(page.month).toBe("2026-11")
    expect(page.rows).toEqual([{ centre: expect.objectContaining({ handle: "bat-trang" }), sales: 1_800_000, commission_percent: 15, commission: 270_000, owed: 1_530_000 }])
    expect(page.totals.owed).toBe(1_530_000)
  })

  it("falls back to last month for a month that is not one", async () => {
    const page = await loader(args(get("/vi/producer/statements?month=..%2Fme", await producerSignedIn(HTX_LOGIN)), { lang: "vi" }))
    expect(page.month).toMatch(/^\d{4}-\d{2}$/)
    expect(medusa.find("GET", /^\/producer\/statements\//)[0]!.path).toBe(`/producer/statements/${page.month}`)
  })

  it("streams the CSV and the PDF with the producer's token, as attachments", async () => {
    const cookie = await producerSignedIn(HTX_LOGIN)
    const csv = (await download(args(get("/vi/producer/statements/2026-11/csv", cookie), { lang: "vi", month: "2026-11", format: "csv" }))) as Response
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="ocop-statement-2026-11.csv"')
    expect(await csv.text()).toContain("bat-trang,1800000,270000,1530000")
    const pdf = (await download(args(get("/vi/producer/statements/2026-11/pdf", cookie), { lang: "vi", month: "2026-11", format: "pdf" }))) as Response
    expect(pdf.headers.get("content-type")).toBe("application/pdf")
    expect(medusa.find("GET", "/producer/statements/2026-11").map((r) => [r.query.get("format"), Boolean(r.headers.get("authorization"))])).toEqual([["csv", true], ["pdf", true]])
  })

  it("answers 404 to another format, and the login page without a session", async () => {
    const cookie = await producerSignedIn(HTX_LOGIN)
    expect((await thrown(download(args(get("/vi/producer/statements/2026-11/xlsx", cookie), { lang: "vi", month: "2026-11", format: "xlsx" })))).init.status).toBe(404)
    const away = (await thrown(download(args(get("/vi/producer/statements/2026-11/csv"), { lang: "vi", month: "2026-11", format: "csv" })))) as Response
    expect(away.headers.get("location")).toMatch(/^\/vi\/producer\/login/)
  })
})
