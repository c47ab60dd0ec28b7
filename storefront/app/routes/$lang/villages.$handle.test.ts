import { describe, expect, it } from "vitest"
import { loader } from "./villages.$handle"
import { call, loaderArgs, server, unreachable, useBackend } from "./places.fixtures"

useBackend()
const run = (handle: string, lang = "en") => loader(loaderArgs(`/${lang}/villages/${handle}`, { lang, handle }))

describe("village page loader", () => {
  it("reads the village and its products, with the centres that sell them, in the page's language", async () => {
    const page = await run("bat-trang", "en")
    expect(call("/store/ocop/villages/bat-trang")!.searchParams.get("locale")).toBe("en")
    const search = call("/store/ocop/search")!.searchParams
    expect(search.get("village")).toBe("bat-trang")
    expect(search.get("facets")).toBe("centre")
    expect(search.get("locale")).toBe("en")
    expect(page.products.facet_labels.centre).toHaveProperty("pho-co-ha-noi")
  })

  it("answers 404 for a village the backend does not know", async () => {
    await expect(run("atlantis")).rejects.toMatchObject({ init: { status: 404 } })
  })

  it("turns a backend that does not answer into a 503 page", async () => {
    server.use(unreachable("/store/ocop/villages/:handle"), unreachable("/store/ocop/search"))
    await expect(run("bat-trang")).rejects.toMatchObject({ init: { status: 503 } })
  })
})
