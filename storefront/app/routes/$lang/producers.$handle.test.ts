import { describe, expect, it } from "vitest"
import { medusa, unreachable } from "../../../test/mocks/medusa"
import { args, get, useMedusa } from "../../../test/route-requests"
import { loader } from "./producers.$handle"

const server = useMedusa()
const run = (handle: string, lang = "en") => loader(args(get(`/${lang}/producers/${handle}`), { lang, handle }))

describe("producer page loader", () => {
  it("reads the producer and its products through search, in the page's language", async () => {
    const page = await run("gom-pham-gia", "vi")
    expect(medusa.find("GET", "/store/ocop/producers/gom-pham-gia")[0]!.query.get("locale")).toBe("vi")
    const search = medusa.find("GET", "/store/ocop/search")[0]!.query
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
