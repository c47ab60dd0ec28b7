import { describe, expect, it } from "vitest"
import { medusa, unreachable } from "../../../test/mocks/medusa"
import { args, get, useMedusa } from "../../../test/route-requests"
import { loader } from "./search"

const server = useMedusa()
const run = (query: string, lang = "en") => loader(args(get(`/${lang}/search?${query}`), { lang }))
/** The query the loader sent to the search API. */
const searched = () => medusa.find("GET", "/store/ocop/search")[0]!.query

describe("search page loader", () => {
  it("asks the search API in the page's language, with repeated filters as one OR list and the page as an offset", async () => {
    await run("q=g%E1%BB%91m&stars=4&stars=5&centre=bat-trang&page=3&utm_source=x")
    const sent = searched()
    expect(sent.get("q")).toBe("gốm")
    expect(sent.get("stars")).toBe("4,5")
    expect(sent.get("centre")).toBe("bat-trang")
    expect(sent.get("offset")).toBe("48")
    expect(sent.get("locale")).toBe("en")
    expect(sent.has("utm_source")).toBe(false)
  })

  it("drops an unknown sort instead of passing it on", async () => {
    await run("sort=cheapest-first")
    expect(searched().has("sort")).toBe(false)
  })

  it("turns a backend that does not answer into a 503 page, not a crash", async () => {
    server.use(unreachable("/store/ocop/search"))
    const thrown = await run("q=lua").catch((e) => e)
    expect(thrown).toMatchObject({ init: { status: 503 } })
  })
})
