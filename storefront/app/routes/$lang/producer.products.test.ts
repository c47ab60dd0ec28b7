import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, get, producerSignedIn, useMedusa } from "../../../test/route-requests"
import { loader } from "./producer.products"

useMedusa()

describe("producer products", () => {
  it("lists this producer's live products and listings, with their status and the review comment", async () => {
    const cookie = await producerSignedIn(producerRecords.HTX_LOGIN)
    const page = await loader(args(get("/en/producer/products?submitted=1", cookie), { lang: "en" }))
    expect(page.products.map((p) => p.id)).toEqual(["prod_binh"])
    expect(page.listings.map((l) => [l.id, l.status])).toEqual([["lst_draft", "draft"], ["lst_rejected", "rejected"], ["lst_submitted", "submitted"]])
    expect(page.listings.find((l) => l.status === "rejected")!.review_comment).toBe("Ảnh bị mờ, hãy chụp lại.")
    expect(page.submitted).toBe(true)
    expect(medusa.received.every((r) => r.query.get("locale") === "en")).toBe(true)
  })
})
