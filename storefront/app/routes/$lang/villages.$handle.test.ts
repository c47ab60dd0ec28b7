import { describe, expect, it } from "vitest"
import { medusa, unreachable } from "../../../test/mocks/medusa"
import { args, get, useMedusa } from "../../../test/route-requests"
import { loader } from "./villages.$handle"

const server = useMedusa()
const run = (handle: string, lang = "en") => loader(args(get(`/${lang}/villages/${handle}`), { lang, handle }))

describe("village page loader", () => {
  it("reads the village and its products, with the centres that sell them, in the page's language", async () => {
    const page = await run("bat-trang", "en")
    expect(medusa.find("GET", "/store/ocop/villages/bat-trang")[0]!.query.get("locale")).toBe("en")
    const search = medusa.find("GET", "/store/ocop/search")[0]!.query
    expect(search.get("village")).toBe("bat-trang")
    expect(search.get("facets")).toBe("centre")
    expect(search.get("locale")).toBe("en")
    expect(page.products.facet_labels.centre).toEqual({ "bat-trang": "Bát Tràng Centre" })
  })

  it("answers 404 for a village the backend does not know", async () => {
    await expect(run("atlantis")).rejects.toMatchObject({ init: { status: 404 } })
  })

  it("turns a backend that does not answer into a 503 page", async () => {
    server.use(unreachable("/store/ocop/villages/:handle"), unreachable("/store/ocop/search"))
    await expect(run("bat-trang")).rejects.toMatchObject({ init: { status: 503 } })
  })
})
