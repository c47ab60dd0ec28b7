import { describe, expect, it } from "vitest"
import { medusa, unreachable } from "../../../test/mocks/medusa"
import { args, get, useMedusa } from "../../../test/route-requests"
import { messagesFor } from "../../lib/messages.server"
import { loader, meta } from "./centres.$handle"

const server = useMedusa()
const run = (handle: string, lang = "en") => loader(args(get(`/${lang}/centres/${handle}`), { lang, handle }))

describe("centre page loader", () => {
  it("reads the centre and what is in stock there, in the page's language", async () => {
    const page = await run("bat-trang", "vi")
    expect(medusa.find("GET", "/store/ocop/centres/bat-trang")[0]!.query.get("locale")).toBe("vi")
    const search = medusa.find("GET", "/store/ocop/search")[0]!.query
    expect(search.get("centre")).toBe("bat-trang")
    expect(search.get("in_stock_at")).toBe("bat-trang")
    expect(search.get("limit")).toBe("12")
    expect(search.get("locale")).toBe("vi")
    expect(page.centre.villages).toHaveLength(1)
    expect(page.centre.producers).toHaveLength(1)
  })

  it("answers 404 for a centre the backend does not know", async () => {
    await expect(run("no-such-centre")).rejects.toMatchObject({ init: { status: 404 } })
  })

  it("answers 404 for a handle that cannot exist, without asking the backend", async () => {
    await expect(run("Bát Tràng")).rejects.toMatchObject({ init: { status: 404 } })
    expect(medusa.received).toEqual([])
  })

  it("turns a backend that does not answer into a 503 page", async () => {
    server.use(unreachable("/store/ocop/centres/:handle"), unreachable("/store/ocop/search"))
    await expect(run("bat-trang")).rejects.toMatchObject({ init: { status: 503 } })
  })

  it("describes the centre to search engines as a Store with address, geo and hours", async () => {
    const page = await run("bat-trang")
    const matches = [{ id: "root", data: { messages: messagesFor("en") } }]
    const tags = meta({ data: page, matches } as any) as Record<string, any>[]
    const ld = tags.find((t) => t["script:ld+json"])!["script:ld+json"]
    expect(ld).toMatchObject({
      "@type": "Store",
      telephone: "+842438740000",
      address: { "@type": "PostalAddress", addressLocality: "Bát Tràng", addressRegion: "Hà Nội", addressCountry: "VN" },
      geo: { latitude: 20.9766, longitude: 105.9129 },
      openingHours: "Mo-Su 08:00-17:30",
    })
    expect(tags).toContainEqual({ name: "robots", content: "index, follow" })
    expect(tags).toContainEqual({ tagName: "link", rel: "canonical", href: "http://shop.test/en/centres/bat-trang" })
  })
})
