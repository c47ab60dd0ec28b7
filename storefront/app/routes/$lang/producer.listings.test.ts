import { describe, expect, it } from "vitest"
import { medusa, producerRecords } from "../../../test/mocks/medusa"
import { args, body, get, postForm, producerSignedIn, status, thrown, useMedusa } from "../../../test/route-requests"
import { action as edit, loader as loadEdit } from "./producer.listings.$id"
import { action as create, loader as loadNew } from "./producer.listings.new"

useMedusa()

const { HTX_LOGIN } = producerRecords
const FIELDS = { title_vi: "Bình gốm men lam", title_en: "Blue-glaze vase", description_vi: "Men lam vẽ tay.", variant_title_0: "Cao 30 cm", variant_price_0: "450.000", variant_sku_0: "BT-BINH-NEW", variant_barcode_0: "" }

function form(fields: Record<string, string | string[]>, files: { name: string; field: string; type: string }[] = []) {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one)
  for (const file of files) f.append(file.field, new File([new Uint8Array(2048)], file.name, { type: file.type }))
  // An untouched file input posts an empty file: not an upload.
  if (!files.some((x) => x.field === "image_files")) f.append("image_files", new File([], "", { type: "application/octet-stream" }))
  return f
}
const send = async (path: string, f: FormData, id?: string) => {
  const cookie = await producerSignedIn(HTX_LOGIN)
  const request = postForm(`/vi/producer/listings/${id ?? "new"}`, f, cookie)
  return id ? edit(args(request, { lang: "vi", id })) : create(args(request, { lang: "vi" }))
}

describe("new listing", () => {
  it("saves a draft with whole-đồng prices and no certification fields, then opens it", async () => {
    const answer = (await send("new", form({ ...FIELDS, intent: "save", stars: "5" }))) as Response
    const [call] = medusa.find("POST", "/producer/listings")
    expect(call!.body).toEqual({
      title_vi: "Bình gốm men lam", title_en: "Blue-glaze vase", description_vi: "Men lam vẽ tay.", description_en: "", images: [],
      variants: [{ title: "Cao 30 cm", price: 450_000, sku: "BT-BINH-NEW", barcode: "" }],
    })
    expect(answer.headers.get("location")).toMatch(/^\/vi\/producer\/listings\/lst_\d+\?saved=1$/)
    expect(medusa.find("POST", /\/upload/)).toEqual([])
  })

  it("uploads the photos and the certificate from the action, then submits for review", async () => {
    const files = [{ field: "image_files", name: "binh.jpg", type: "image/jpeg" }, { field: "image_files", name: "binh-2.webp", type: "image/webp" }, { field: "certificate_file", name: "ocop.pdf", type: "application/pdf" }]
    const answer = (await send("new", form({ ...FIELDS, intent: "submit" }, files))) as Response
    const ups = medusa.find("POST", "/producer/uploads")
    expect(ups.map((u) => [u.query.get("kind"), u.body.files.map((f: { name: string }) => f.name)])).toEqual([["image", ["binh.jpg", "binh-2.webp"]], ["certificate", ["ocop.pdf"]]])
    expect(ups[0]!.headers.get("authorization")).toMatch(/^Bearer /)
    const saved = medusa.find("POST", "/producer/listings")[0]!.body
    expect(saved.images).toHaveLength(2)
    expect(saved.certificate).toMatchObject({ filename: "ocop.pdf", mime_type: "application/pdf" })
    expect(medusa.find("POST", /\/producer\/listings\/lst_\d+\/submit$/)).toHaveLength(1)
    expect(answer.headers.get("location")).toBe("/vi/producer/products?submitted=1")
  })

  it("shows the backend's sentence for a refused file, keeping what was typed", async () => {
    const answer = await send("new", form({ ...FIELDS, intent: "save" }, [{ field: "image_files", name: "binh.gif", type: "image/gif" }]))
    expect(status(answer)).toBe(400)
    expect(body(answer).error).toBe("Loại tệp này không được nhận.")
    expect(body(answer).draft.title_vi).toBe("Bình gốm men lam")
    expect(medusa.find("POST", "/producer/listings")).toEqual([])
  })

  it("names the wrong fields before asking the backend", async () => {
    const answer = await send("new", form({ ...FIELDS, intent: "save", title_en: "", variant_barcode_0: "12" }))
    expect(status(answer)).toBe(400)
    expect(body(answer).fields.sort()).toEqual(["title_en", "variant_barcode"])
    expect(medusa.writes()).toEqual([])
  })

  it("starts from a live product to propose a change to it", async () => {
    const cookie = await producerSignedIn(HTX_LOGIN)
    const page = await loadNew(args(get("/vi/producer/listings/new?product=prod_binh", cookie), { lang: "vi" }))
    expect(page.draft).toMatchObject({ product_id: "prod_binh", title_vi: "Bình gốm men lam", variants: [{ sku: "BT-BINH-30", price: 450_000 }] })
    await send("new", form({ ...FIELDS, product_id: "prod_binh", intent: "save" }))
    expect(medusa.find("POST", "/producer/listings")[0]!.body.product_id).toBe("prod_binh")
  })
})

describe("existing listing", () => {
  it("shows a rejected listing with the centre's comment, and saves it back to draft", async () => {
    const cookie = await producerSignedIn(HTX_LOGIN)
    const page = await loadEdit(args(get("/vi/producer/listings/lst_rejected", cookie), { lang: "vi", id: "lst_rejected" }))
    expect(page).toMatchObject({ status: "rejected", review_comment: "Ảnh bị mờ, hãy chụp lại." })
    const answer = (await send("", form({ ...FIELDS, intent: "save" }), "lst_rejected")) as Response
    expect(answer.headers.get("location")).toBe("/vi/producer/listings/lst_rejected?saved=1")
    expect(medusa.producer.listings.find((l) => l.id === "lst_rejected").status).toBe("draft")
  })

  it("keeps the photos left ticked and the certificate kept", async () => {
    const cert = { url: "http://localhost:9000/static/c.pdf", filename: "c.pdf", mime_type: "application/pdf", size: 10 }
    await send("", form({ ...FIELDS, intent: "save", images: ["http://localhost:9000/static/a.jpg"], keep_certificate: JSON.stringify(cert) }), "lst_draft")
    expect(medusa.find("POST", "/producer/listings/lst_draft")[0]!.body).toMatchObject({ images: ["http://localhost:9000/static/a.jpg"], certificate: cert })
  })

  it("shows the backend's sentence when a listing under review cannot change", async () => {
    const answer = await send("", form({ ...FIELDS, intent: "save" }), "lst_submitted")
    expect(status(answer)).toBe(409)
    expect(body(answer).error).toMatch(/không sửa được/)
  })

  it("answers 404 with the backend's sentence for another producer's listing", async () => {
    const cookie = await producerSignedIn(HTX_LOGIN)
    const error = await thrown(loadEdit(args(get("/vi/producer/listings/lst_lua", cookie), { lang: "vi", id: "lst_lua" })))
    expect(error.init.status).toBe(404)
    expect(error.data.message).toBe("Không tìm thấy.")
  })
})
