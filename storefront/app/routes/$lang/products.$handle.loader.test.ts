import { describe, expect, it } from "vitest"
import { medusa, unreachable } from "../../../test/mocks/medusa"
import { args, get, useMedusa } from "../../../test/route-requests"
import { loader } from "./products.$handle"

// The loader's part in the places pages: the producer's story beside the product. (Adding to
// the cart is tested in products.$handle.test.ts.)
const server = useMedusa()

// Made by Gốm Phạm Gia, in the fake's catalogue.
const VASE = "binh-gom-bat-trang"
const run = (lang = "en", handle = VASE) => loader(args(get(`/${lang}/products/${handle}`), { lang, handle }))

describe("product page loader: the producer's story", () => {
  it("reads the producer's story in the page's language", async () => {
    const page = await run("vi")
    expect(medusa.find("GET", "/store/ocop/producers/gom-pham-gia")[0]!.query.get("locale")).toBe("vi")
    expect(page.producerStory).toBe("Gốm vẽ tay men lam.")
  })

  it("still shows the product when the producer cannot be read, just without the story", async () => {
    server.use(unreachable("/store/ocop/producers/:handle"))
    const page = await run()
    expect(page.producerStory).toBeNull()
    expect(page.title).toBe("Bát Tràng ceramic vase")
  })

  it("asks for no story for a product without a producer", async () => {
    medusa.products.get(VASE)!.ocop.producer = null
    const page = await run()
    expect(page.producerStory).toBeNull()
    expect(medusa.find("GET", /^\/store\/ocop\/producers\//)).toEqual([])
  })

  it("answers 404 for an unknown product", async () => {
    await expect(run("en", "no-such-product")).rejects.toMatchObject({ init: { status: 404 } })
  })
})
