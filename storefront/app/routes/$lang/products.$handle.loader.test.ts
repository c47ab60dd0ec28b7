import { http, HttpResponse } from "msw"
import { describe, expect, it } from "vitest"
import { loader } from "./products.$handle"
import { BACKEND, call, loaderArgs, server, unreachable, useBackend } from "./places.fixtures"

// The loader's part in the places pages: the producer's story beside the product. (Adding to
// the cart is tested in products.$handle.test.ts.)
useBackend()

const product = {
  id: "prod_p1",
  handle: "dia-su-ve-pho-co-ha-noi",
  title: "Đĩa sứ vẽ phố cổ Hà Nội",
  description: "Mái ngói, gánh hàng rong.",
  thumbnail: null,
  metadata: { title_en: "Plate painted with Hanoi's Old Quarter" },
  images: [],
  variants: [],
  ocop: {
    stars: 4,
    certificate_number: "4682/QĐ-UBND",
    issuing_level: "city",
    expiry_date: null,
    status: "valid",
    producer: { handle: "gom-pham-gia", name: "Công ty TNHH Gốm Phạm Gia", type: "enterprise" },
    village: { handle: "bat-trang", name: "Làng gốm Bát Tràng" },
    availability: [{ centre: { handle: "bat-trang", name: "Bát Tràng Centre" }, available: 88, variants: {} }],
  },
}

const withProduct = (p: unknown) => [
  http.get(`${BACKEND}/store/regions`, () => HttpResponse.json({ regions: [{ id: "reg_vn", currency_code: "vnd" }], count: 1, offset: 0, limit: 20 })),
  http.get(`${BACKEND}/store/products`, () => HttpResponse.json({ products: p ? [p] : [], count: p ? 1 : 0, offset: 0, limit: 50 })),
]

const run = (lang = "en") => loader(loaderArgs(`/${lang}/products/${product.handle}`, { lang, handle: product.handle }))

describe("product page loader: the producer's story", () => {
  it("reads the producer's story in the page's language", async () => {
    server.use(...withProduct(product))
    const page = await run("vi")
    expect(call("/store/ocop/producers/gom-pham-gia")!.searchParams.get("locale")).toBe("vi")
    expect(page.producerStory).toBe("Hand-painted blue-and-white ware.")
  })

  it("still shows the product when the producer cannot be read, just without the story", async () => {
    server.use(...withProduct(product), unreachable("/store/ocop/producers/:handle"))
    const page = await run()
    expect(page.producerStory).toBeNull()
    expect(page.title).toBe("Plate painted with Hanoi's Old Quarter")
  })

  it("asks for no story for a product without a producer", async () => {
    server.use(...withProduct({ ...product, ocop: { ...product.ocop, producer: null } }))
    const page = await run()
    expect(page.producerStory).toBeNull()
    expect(call("/store/ocop/producers/gom-pham-gia")).toBeUndefined()
  })

  it("answers 404 for an unknown product", async () => {
    server.use(...withProduct(null))
    await expect(run()).rejects.toMatchObject({ init: { status: 404 } })
  })
})
