import { http, HttpResponse } from "msw"
import { setupServer } from "msw/node"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { loader } from "./search"

const BACKEND = "http://localhost:9000"
const asked: URL[] = []
const answer = { hits: [], count: 0, limit: 24, offset: 0, query: "", corrected_query: null, sort: "relevance", facets: {}, facet_labels: {} }
const server = setupServer(
  http.get(`${BACKEND}/store/ocop/search`, ({ request }) => {
    asked.push(new URL(request.url))
    return HttpResponse.json(answer)
  })
)
beforeAll(() => server.listen({ onUnhandledRequest: "error" }))
afterEach(() => {
  server.resetHandlers()
  asked.length = 0
})
afterAll(() => server.close())

const run = (query: string, lang = "en") =>
  loader({ request: new Request(`http://shop.test/${lang}/search?${query}`), params: { lang }, context: {} } as any)

describe("search page loader", () => {
  it("asks the search API in the page's language, with repeated filters as one OR list and the page as an offset", async () => {
    await run("q=g%E1%BB%91m&stars=4&stars=5&centre=bat-trang&page=3&utm_source=x")
    const url = asked[0]!
    expect(url.searchParams.get("q")).toBe("gốm")
    expect(url.searchParams.get("stars")).toBe("4,5")
    expect(url.searchParams.get("centre")).toBe("bat-trang")
    expect(url.searchParams.get("offset")).toBe("48")
    expect(url.searchParams.get("locale")).toBe("en")
    expect(url.searchParams.has("utm_source")).toBe(false)
  })

  it("drops an unknown sort instead of passing it on", async () => {
    await run("sort=cheapest-first")
    expect(asked[0]!.searchParams.has("sort")).toBe(false)
  })

  it("turns a backend that does not answer into a 503 page, not a crash", async () => {
    server.use(http.get(`${BACKEND}/store/ocop/search`, () => HttpResponse.error()))
    const thrown = await run("q=lua").catch((e) => e)
    expect(thrown).toMatchObject({ init: { status: 503 } })
  })
})
