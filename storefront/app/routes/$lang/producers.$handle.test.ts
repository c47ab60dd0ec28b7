import { describe, expect, it } from "vitest"
import { loader } from "./producers.$handle"
import { call, loaderArgs, server, unreachable, useBackend } from "./places.fixtures"

useBackend()
const run = (handle: string, lang = "en") => loader(loaderArgs(`/${lang}/producers/${handle}`, { lang, handle }))

describe("producer page loader", () => {
  it("reads the producer and its products through search, in the page's language", async () => {
    const page = await run("gom-pham-gia", "vi")
    expect(call("/store/ocop/producers/gom-pham-gia")!.searchParams.get("locale")).toBe("vi")
    const search = call("/store/ocop/search")!.searchParams
    expect(search.get("producer")).toBe("gom-pham-gia")
    expect(search.get("facets")).toBe("centre")
    expect(search.get("locale")).toBe("vi")
    expect(page.producer.tax_code).toBe("0107286150")
  })

  it("answers 404 for a producer the backend does not know", async () => {
    await expect(run("nobody")).rejects.toMatchObject({ init: { status: 404 } })
  })

  it("turns a backend that does not answer into a 503 page", async () => {
    server.use(unreachable("/store/ocop/producers/:handle"), unreachable("/store/ocop/search"))
    await expect(run("gom-pham-gia")).rejects.toMatchObject({ init: { status: 503 } })
  })
})
