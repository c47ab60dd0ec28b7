import { beforeAll, describe, expect, it } from "vitest"
import { inject } from "vitest"
import { adminToken, api, login, publishableKey } from "./api"

/**
 * The producer area's listings (docs/producer-api.md): a producer proposes, the centre reviews,
 * the product goes live in the web shop and search. Producers only ever see their own records.
 */
let admin: string
let producerA: string
let producerB: string
let key: string
const as = (token?: string) => (path: string, method = "GET", body?: unknown) => api(path, { method, body, token })

const draft = {
  title_vi: "Bình gốm Quetzalware men lam",
  title_en: "Quetzalware blue-glaze vase",
  description_vi: "Bình gốm men lam vẽ tay của làng Bát Tràng.",
  description_en: "A hand-painted blue-glaze vase from Bát Tràng.",
  images: [] as string[],
  variants: [
    { title: "Nhỏ", sku: "HTX-QTZ-S", barcode: "8938500001000", price: 350000 },
    { title: "Lớn", sku: "HTX-QTZ-L", barcode: "8938500001017", price: 690000 },
  ],
}
const certification = { stars: 4, group: "handicraft", decision_number: "1234/QĐ-UBND", issuing_level: "city", issue_date: "2026-01-10" }

/** Polls until `check` holds: search follows the catalogue through events. */
async function eventually<T>(read: () => Promise<T>, check: (answer: T) => boolean, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  let last: T | undefined
  while (Date.now() < until) {
    last = await read()
    if (check(last)) return last
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Never happened. Last answer: ${JSON.stringify(last).slice(0, 600)}`)
}

async function upload(token: string, kind: string, files: { name: string; type: string; bytes: Uint8Array }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.type }), f.name)
  const res = await fetch(`${inject("baseUrl")}/producer/uploads?kind=${kind}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  })
  return { status: res.status, body: await res.json() }
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])

beforeAll(async () => {
  admin = await adminToken()
  producerA = await login("producer", "producer.htx-gom-su-bat-trang@ocop.test")
  producerB = await login("producer", "producer.htx-lua-van-phuc@ocop.test")
  key = await publishableKey(admin)
})

describe("review flow", () => {
  let listingId: string
  let productId: string

  it("a producer drafts, edits and submits; the centre rejects with a reason", async () => {
    const a = as(producerA)
    const created = await a("/producer/listings", "POST", draft)
    expect(created.status).toBe(201)
    expect(created.body.listing).toMatchObject({ status: "draft", product_id: null, title_vi: draft.title_vi, certificate: null })
    listingId = created.body.listing.id

    const edited = await a(`/producer/listings/${listingId}`, "POST", { ...draft, description_en: "Hand-painted in Bát Tràng." })
    expect(edited.status).toBe(200)
    expect(edited.body.listing.description_en).toBe("Hand-painted in Bát Tràng.")

    const submitted = await a(`/producer/listings/${listingId}/submit`, "POST")
    expect(submitted.status).toBe(200)
    expect(submitted.body.listing.status).toBe("submitted")
    expect(submitted.body.listing.submitted_at).toBeTruthy()
    const locked = await a(`/producer/listings/${listingId}`, "POST", draft)
    expect(locked.status).toBe(409)
    expect(locked.body.code).toBe("listing_locked")

    const queue = await as(admin)("/admin/ocop/listings?status=submitted")
    const mine = queue.body.listings.find((l: any) => l.id === listingId)
    expect(mine.producer).toMatchObject({ handle: "htx-gom-su-bat-trang" })

    expect((await as(admin)(`/admin/ocop/listings/${listingId}/reject`, "POST", {})).status).toBe(400)
    const rejected = await as(admin)(`/admin/ocop/listings/${listingId}/reject`, "POST", { comment: "Thiếu ảnh sản phẩm." })
    expect(rejected.status).toBe(200)
    expect(rejected.body.listing).toMatchObject({ status: "rejected", review_comment: "Thiếu ảnh sản phẩm." })
    expect((await a(`/producer/listings/${listingId}`)).body.listing.review_comment).toBe("Thiếu ảnh sản phẩm.")
  })

  it("the producer fixes it and resubmits; approval with a certificate puts it live", async () => {
    const a = as(producerA)
    const image = await upload(producerA, "image", [{ name: "bình gốm.png", type: "image/png", bytes: PNG }])
    expect(image.status).toBe(201)
    const back = await a(`/producer/listings/${listingId}`, "POST", { ...draft, images: [image.body.files[0].url] })
    expect(back.body.listing.status).toBe("draft")
    expect((await a(`/producer/listings/${listingId}/submit`, "POST")).body.listing.status).toBe("submitted")

    // A certificate the OCOP rules refuse undoes the whole approval: no product is left behind.
    const bad = await as(admin)(`/admin/ocop/listings/${listingId}/approve`, "POST", { certification: { ...certification, stars: 6 } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/stars/)
    expect((await as(admin)(`/admin/ocop/listings/${listingId}`)).body.listing.status).toBe("submitted")
    expect((await as(admin)("/admin/products?q=Quetzalware&fields=id")).body.products).toEqual([])

    const approved = await as(admin)(`/admin/ocop/listings/${listingId}/approve`, "POST", { certification, comment: "Đạt." })
    expect(approved.status).toBe(200)
    expect(approved.body.listing).toMatchObject({ status: "approved", review_comment: "Đạt." })
    productId = approved.body.listing.product_id
    expect(approved.body.product).toMatchObject({ id: productId, status: "published", ocop: { stars: 4, status: "valid" } })
    expect((await as(admin)(`/admin/ocop/listings/${listingId}/approve`, "POST", {})).body.code).toBe("listing_not_submitted")

    const store = await api(`/store/products?id=${productId}&fields=%2Bocop`, { key })
    expect(store.status).toBe(200)
    const live = store.body.products[0]
    expect(live.title).toBe(draft.title_vi)
    expect(live.ocop).toMatchObject({ stars: 4, producer: { handle: "htx-gom-su-bat-trang" } })
    expect(live.ocop.village).toBeTruthy()

    await eventually(
      async () => (await api(`/store/ocop/search?q=${encodeURIComponent("Quetzalware")}`, { key })).body,
      (answer: any) => answer.hits?.some((h: any) => h.id === productId)
    )

    const mine = await a("/producer/products")
    const listed = mine.body.products.find((p: any) => p.id === productId)
    expect(listed).toMatchObject({ title_en: draft.title_en, ocop: { stars: 4 } })
    expect(listed.variants.map((v: any) => v.price).sort()).toEqual([350000, 690000])
    expect((await a(`/producer/products/${productId}`)).body.product.id).toBe(productId)
  })

  it("a change to a live product goes through review too", async () => {
    const a = as(producerA)
    const change = { ...draft, product_id: productId, title_vi: "Bình gốm Quetzalware men lam cao cấp", variants: [{ ...draft.variants[0]!, price: 390000 }] }
    const created = await a("/producer/listings", "POST", change)
    expect(created.status).toBe(201)
    await a(`/producer/listings/${created.body.listing.id}/submit`, "POST")
    const approved = await as(admin)(`/admin/ocop/listings/${created.body.listing.id}/approve`, "POST", {})
    expect(approved.status).toBe(200)
    expect(approved.body.product.title_vi).toBe(change.title_vi)
    expect(approved.body.product.variants.find((v: any) => v.sku === "HTX-QTZ-S").price).toBe(390000)
    // A SKU the live product does not have cannot be slipped in through a change.
    const extra = await a("/producer/listings", "POST", { ...change, variants: [{ title: "Mới", sku: "HTX-QTZ-NEW", price: 1000 }] })
    expect(extra.status).toBe(400)
    expect(extra.body.code).toBe("variant_not_in_product")
  })

  it("another producer reaches none of it: 404, and nothing changes", async () => {
    const b = as(producerB)
    const before = (await as(producerA)(`/producer/listings/${listingId}`)).body.listing
    expect((await b(`/producer/listings/${listingId}`)).status).toBe(404)
    expect((await b(`/producer/listings/${listingId}`, "POST", draft)).status).toBe(404)
    expect((await b(`/producer/listings/${listingId}/submit`, "POST")).status).toBe(404)
    expect((await b(`/producer/listings/${listingId}`, "DELETE")).status).toBe(404)
    expect((await b(`/producer/products/${productId}`)).status).toBe(404)
    const english = await as(producerB)(`/producer/listings/${listingId}?locale=en`)
    expect(english.body).toMatchObject({ code: "listing_not_found", message: "This listing was not found." })
    expect((await b("/producer/products")).body.products.some((p: any) => p.id === productId)).toBe(false)
    expect((await b("/producer/listings")).body.listings.some((l: any) => l.id === listingId)).toBe(false)
    const hijack = await b("/producer/listings", "POST", { ...draft, product_id: productId, variants: [draft.variants[0]] })
    expect(hijack.status).toBe(404)
    expect((await as(producerA)(`/producer/listings/${listingId}`)).body.listing).toEqual(before)
  })

  it("a draft can be deleted by its producer", async () => {
    const a = as(producerA)
    const created = await a("/producer/listings", "POST", { ...draft, variants: [{ title: "Vừa", sku: "HTX-QTZ-M", price: 500000 }] })
    expect((await as(producerB)(`/producer/listings/${created.body.listing.id}`, "DELETE")).status).toBe(404)
    const deleted = await a(`/producer/listings/${created.body.listing.id}`, "DELETE")
    expect(deleted.body).toEqual({ id: created.body.listing.id, deleted: true })
    expect((await a(`/producer/listings/${created.body.listing.id}`)).status).toBe(404)
  })

  it("refuses a barcode whose check digit is wrong, naming it, and saves nothing", async () => {
    const a = as(producerA)
    const before = (await a("/producer/listings")).body.listings.length
    const res = await a("/producer/listings?locale=en", "POST", { ...draft, variants: [{ title: "Vừa", sku: "HTX-QTZ-BAD", barcode: "8938500001001", price: 500000 }] })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe("barcode_invalid")
    expect(res.body.message).toMatch(/8938500001001.*last digit/)
    expect((await a("/producer/listings")).body.listings.length).toBe(before)
  })
})

describe("who may call", () => {
  it("anonymous, customer and admin callers get 401 in the producer area; producers 401 in the admin's", async () => {
    expect((await api("/producer/listings")).status).toBe(401)
    const customer = await login("customer", "customer@ocop.test")
    expect((await as(customer)("/producer/listings")).status).toBe(401)
    expect((await as(customer)("/producer/products")).status).toBe(401)
    expect((await as(admin)("/producer/listings")).status).toBe(401)
    expect((await as(producerA)("/admin/ocop/listings")).status).toBe(401)
    const anonymous = await fetch(`${inject("baseUrl")}/producer/uploads?kind=image`, { method: "POST", body: new FormData() })
    expect(anonymous.status).toBe(401)
  })

  it.each(["stars", "group", "decision_number", "issuing_level", "issue_date", "expiry_date"])(
    "a producer cannot set the certificate's %s",
    async (field) => {
      const res = await as(producerA)("/producer/listings", "POST", { ...draft, [field]: field === "stars" ? 5 : "2026-01-01" })
      expect(res.status).toBe(400)
    }
  )
})

describe("uploads", () => {
  it("accepts a PNG image", async () => {
    const res = await upload(producerA, "image", [{ name: "anh.png", type: "image/png", bytes: PNG }])
    expect(res.status).toBe(201)
    expect(res.body.files[0]).toMatchObject({ mime_type: "image/png", size: PNG.length })
    expect(res.body.files[0].url).toMatch(/^https?:\/\//)
  })

  it("refuses an .exe, and an .exe labelled as a PNG", async () => {
    for (const file of [
      { name: "setup.exe", type: "application/x-msdownload", bytes: EXE },
      { name: "anh.png", type: "image/png", bytes: EXE },
    ]) {
      const res = await upload(producerA, "image", [file])
      expect(res.status).toBe(400)
      expect(res.body.code).toBe("file_type")
      expect(res.body.message).toMatch(/JPEG, PNG, WebP/)
    }
  })

  it("takes a PDF certificate, which a listing then carries; a PDF is not an image", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
    const res = await upload(producerA, "certificate", [{ name: "Giấy chứng nhận.pdf", type: "application/pdf", bytes: pdf }])
    expect(res.status).toBe(201)
    const certificate = res.body.files[0]
    expect(certificate).toMatchObject({ mime_type: "application/pdf", size: pdf.length })
    const created = await as(producerA)("/producer/listings", "POST", { ...draft, variants: [{ title: "Bộ", sku: "HTX-QTZ-SET", price: 900000 }], certificate })
    expect(created.body.listing.certificate).toEqual(certificate)
    expect((await upload(producerA, "image", [{ name: "c.pdf", type: "application/pdf", bytes: pdf }])).body.code).toBe("file_type")
  })

  it("refuses an image over 5 MB with 413", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(PNG)
    const res = await upload(producerA, "image", [{ name: "to.png", type: "image/png", bytes: big }])
    expect(res.status).toBe(413)
    expect(res.body.code).toBe("file_too_large")
  })
})
