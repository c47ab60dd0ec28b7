import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api } from "./api"

/** A product's OCOP certificate, producer and village, set through the admin API. */
let token: string
let productId: string
const admin = (path: string, method = "GET", body?: unknown) => api(path, { method, body, token })
const setOcop = (body: unknown) => admin(`/admin/ocop/products/${productId}`, "POST", body)

beforeAll(async () => {
  token = await adminToken()
  const { body } = await admin("/admin/products?handle=binh-gom-men-ran-bat-trang&fields=id")
  productId = body.products[0]?.id ?? (await admin("/admin/products?limit=1&fields=id")).body.products[0].id
})

describe("certification rules", () => {
  const valid = {
    stars: 4,
    group: "handicraft",
    decision_number: "2210/QĐ-UBND",
    issuing_level: "city",
    issue_date: "2025-03-01",
  }

  it.each([
    [{ ...valid, stars: 6 }, /stars must be a whole number from 3 to 5/],
    [{ ...valid, stars: 2 }, /stars must be a whole number from 3 to 5/],
    [{ ...valid, stars: 5, issuing_level: "city" }, /issuing_level must be "national" for a 5-star/],
    [{ ...valid, expiry_date: "2025-01-01" }, /expiry_date must come after issue_date/],
    [{ ...valid, group: "electronics" }, /group must be one of food, beverage/],
  ])("answers 400 naming the field and changes nothing: %o", async (certification, message) => {
    const before = (await admin(`/admin/ocop/products/${productId}`)).body.product_ocop
    const res = await setOcop({ certification, producer_id: null })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
    // Nothing partly written: the producer link the same request would have removed is still there.
    expect((await admin(`/admin/ocop/products/${productId}`)).body.product_ocop).toEqual(before)
  })

  it("sets a certificate with a 36-month expiry by default, then renews and removes it", async () => {
    const set = await setOcop({ certification: valid })
    expect(set.status).toBe(200)
    expect(set.body.product_ocop.certification).toMatchObject({
      stars: 4,
      group: "handicraft",
      issue_date: "2025-03-01",
      expiry_date: "2028-03-01",
      status: "valid",
    })

    const upgraded = await setOcop({
      certification: { stars: 5, issuing_level: "national", decision_number: "781/QĐ-BNN", issue_date: "2026-01-10" },
    })
    expect(upgraded.body.product_ocop.certification).toMatchObject({ stars: 5, issuing_level: "national", expiry_date: "2029-01-10" })

    const removed = await setOcop({ certification: null })
    expect(removed.body.product_ocop.certification).toBeNull()
    const again = await setOcop({ certification: valid })
    expect(again.body.product_ocop.certification.stars).toBe(4)
  })

  it("refuses a certificate that misses required fields", async () => {
    await setOcop({ certification: null })
    const res = await setOcop({ certification: { stars: 4 } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/certification needs group, decision_number, issuing_level, issue_date/)
    await setOcop({ certification: valid })
  })

  it("moves a product to another producer and village, and refuses unknown ones", async () => {
    const { body } = await admin("/admin/ocop/producers")
    const other = body.producers.find((p: any) => p.handle === "htx-lua-van-phuc") ?? body.producers[1]
    const moved = await setOcop({ producer_id: other.id, village_id: other.village_id })
    expect(moved.body.product_ocop.producer.id).toBe(other.id)
    expect(moved.body.product_ocop.village.id).toBe(other.village_id)

    const unknown = await setOcop({ producer_id: "prod_does_not_exist" })
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toMatch(/producer_id "prod_does_not_exist" is not a known producer/)
  })

  it("answers 404 for a product that does not exist", async () => {
    const res = await api("/admin/ocop/products/prod_missing", { method: "POST", token, body: { certification: valid } })
    expect(res.status).toBe(404)
  })
})
