import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { MEDUSA_URL, medusa, unreachable } from "../../../test/mocks/medusa"
import { args, get, useMedusa } from "../../../test/route-requests"
import { loader } from "./centres"

const server = useMedusa()
const run = (lang = "en") => loader(args(get(`/${lang}/centres`), { lang }))

describe("centres page loader", () => {
  it("lists every centre and sales point in the page's language", async () => {
    const page = await run("en")
    expect(medusa.find("GET", "/store/ocop/centres")[0]!.query.get("locale")).toBe("en")
    expect(page.centres.map((c) => c.kind)).toEqual(["design_sales_centre", "sales_point"])
    expect(page.url).toBe("http://shop.test/en/centres")
  })

  it("asks in Vietnamese on a Vietnamese page", async () => {
    await run("vi")
    expect(medusa.find("GET", "/store/ocop/centres")[0]!.query.get("locale")).toBe("vi")
  })

  it("turns a backend that does not answer into a 503 page", async () => {
    server.use(unreachable("/store/ocop/centres"))
    await expect(run()).rejects.toMatchObject({ init: { status: 503 } })
  })

  it("turns a backend error into a 503 page, not a stack trace", async () => {
    server.use(http.get(`${MEDUSA_URL}/store/ocop/centres`, () => HttpResponse.json({ message: "boom" }, { status: 500 })))
    await expect(run()).rejects.toMatchObject({ init: { status: 503 } })
  })
})
