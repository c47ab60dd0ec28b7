import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { loader } from "./centres"
import { asked, BACKEND, call, loaderArgs, server, unreachable, useBackend } from "./places.fixtures"

useBackend()
const run = (lang = "en") => loader(loaderArgs(`/${lang}/centres`, { lang }))

describe("centres page loader", () => {
  it("lists every centre and sales point in the page's language", async () => {
    const page = await run("en")
    expect(call("/store/ocop/centres")!.searchParams.get("locale")).toBe("en")
    expect(page.centres.map((c) => c.kind)).toEqual(["design_sales_centre", "sales_point"])
    expect(page.url).toBe("http://shop.test/en/centres")
  })

  it("asks in Vietnamese on a Vietnamese page", async () => {
    await run("vi")
    expect(asked[0]!.searchParams.get("locale")).toBe("vi")
  })

  it("turns a backend that does not answer into a 503 page", async () => {
    server.use(unreachable("/store/ocop/centres"))
    await expect(run()).rejects.toMatchObject({ init: { status: 503 } })
  })

  it("turns a backend error into a 503 page, not a stack trace", async () => {
    server.use(http.get(`${BACKEND}/store/ocop/centres`, () => HttpResponse.json({ message: "boom" }, { status: 500 })))
    await expect(run()).rejects.toMatchObject({ init: { status: 503 } })
  })
})
