import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, body, get, post, producerSignedIn, status, useMedusa } from "../../../test/route-requests"
import { action, loader } from "./producer.stock"

useMedusa()

const { HTX_LOGIN } = producerRecords
const act = async (fields: Record<string, string>) => action(args(post("/vi/producer/stock", fields, await producerSignedIn(HTX_LOGIN)), { lang: "vi" }))

describe("producer stock", () => {
  it("shows stock per centre, the variants to deliver, and any centre as a destination", async () => {
    const page = await loader(args(get("/vi/producer/stock", await producerSignedIn(HTX_LOGIN)), { lang: "vi" }))
    expect(page.centres[0]!.variants[0]).toMatchObject({ variant_id: "variant_binh", available: 10 })
    expect(page.variants).toEqual([{ id: "variant_binh", label: "Bình gốm men lam · Cao 30 cm", sku: "BT-BINH-30" }])
    expect(page.targets[0]).toEqual({ handle: "bat-trang", name: "Trung tâm OCOP Bát Tràng" })
  })

  it("proposes a delivery with the quantities filled in, then lists it", async () => {
    const answer = await act({ intent: "deliver", centre: "bat-trang", qty_variant_binh: "6", note: "Sáng thứ Hai" })
    expect(body(answer)).toEqual({ error: null, sent: true, fields: [] })
    expect(medusa.find("POST", "/producer/deliveries")[0]!.body).toEqual({ centre: "bat-trang", lines: [{ variant_id: "variant_binh", quantity: 6 }], note: "Sáng thứ Hai" })
    expect(medusa.producer.deliveries[0].status).toBe("proposed")
  })

  it("shows the backend's sentence for a variant that is not this producer's", async () => {
    const answer = await act({ intent: "deliver", centre: "bat-trang", qty_variant_khan: "2" })
    expect(status(answer)).toBe(404)
    expect(body(answer).error).toBe("Không tìm thấy.")
  })

  it("refuses a delivery with nothing in it before asking the backend, and cancels a proposed one", async () => {
    expect(body(await act({ intent: "deliver", centre: "bat-trang", qty_variant_binh: "0" })).fields).toEqual(["lines"])
    expect(medusa.writes()).toEqual([])
    await act({ intent: "deliver", centre: "van-phuc", qty_variant_binh: "1" })
    const id = medusa.producer.deliveries[0].id
    await act({ intent: "cancel", delivery_id: id })
    expect(medusa.producer.deliveries[0].status).toBe("cancelled")
  })
})
