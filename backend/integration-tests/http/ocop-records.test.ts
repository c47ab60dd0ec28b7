import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api } from "./api"

/** Admin CRUD of centres, villages and producers, and the rules that guard them. */
let token: string
const admin = (path: string, method = "GET", body?: unknown) => api(path, { method, body, token })

const centre = {
  handle: "test-kim-lan",
  name_vi: "Điểm bán OCOP Kim Lan",
  name_en: "Kim Lan OCOP sales point",
  kind: "sales_point",
  commune: "Kim Lan",
  former_district: "Gia Lâm",
  address: "Thôn 2, xã Kim Lan, Hà Nội",
  latitude: 20.955,
  longitude: 105.903,
  opening_hours: "08:00–17:00",
  phone: "024 3876 1111",
  description_vi: "Điểm bán gốm Kim Lan.",
  description_en: "Kim Lan pottery sales point.",
}

beforeAll(async () => {
  token = await adminToken()
})

describe("centres", () => {
  it("creates a centre with its own stock location and counter sales channel, then edits and deletes it", async () => {
    const created = await admin("/admin/ocop/centres", "POST", centre)
    expect(created.status).toBe(201)
    const c = created.body.centre
    expect(c).toMatchObject({ handle: "test-kim-lan", kind: "sales_point", product_count: 0 })

    const location = await admin(`/admin/stock-locations/${c.stock_location_id}?fields=id,name,*sales_channels`)
    expect(location.status).toBe(200)
    const channelIds = location.body.stock_location.sales_channels.map((s: any) => s.id)
    expect(channelIds).toContain(c.sales_channel_id)
    // The online store sells from every centre's stock location too.
    const store = await admin("/admin/stores?fields=default_sales_channel_id")
    expect(channelIds).toContain(store.body.stores[0].default_sales_channel_id)

    const edited = await admin(`/admin/ocop/centres/${c.id}`, "POST", { stars: 3, phone: "024 3876 2222" })
    expect(edited.status).toBe(200)
    expect(edited.body.centre).toMatchObject({ stars: 3, phone: "024 3876 2222", name_vi: centre.name_vi })

    const deleted = await admin(`/admin/ocop/centres/${c.id}`, "DELETE")
    expect(deleted.body).toEqual({ id: c.id, object: "centre", deleted: true })
    expect((await admin(`/admin/ocop/centres/${c.id}`)).status).toBe(404)
  })

  it("refuses a duplicate handle with 400 and creates nothing", async () => {
    const before = (await admin("/admin/ocop/centres")).body.centres.length
    const locationsBefore = (await admin("/admin/stock-locations?limit=1")).body.count
    const res = await admin("/admin/ocop/centres", "POST", { ...centre, handle: "bat-trang" })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/handle "bat-trang" is already used/)
    expect((await admin("/admin/ocop/centres")).body.centres.length).toBe(before)
    expect((await admin("/admin/stock-locations?limit=1")).body.count).toBe(locationsBefore)
  })

  it("refuses centre stars outside 3 to 5, naming the field", async () => {
    const res = await admin("/admin/ocop/centres", "POST", { ...centre, handle: "test-six-stars", stars: 6 })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/stars/)
    const list = (await admin("/admin/ocop/centres")).body.centres
    expect(list.some((c: any) => c.handle === "test-six-stars")).toBe(false)
  })

  it("refuses to delete a centre that still holds stock", async () => {
    const bt = (await admin("/admin/ocop/centres")).body.centres.find((c: any) => c.handle === "bat-trang")
    const res = await admin(`/admin/ocop/centres/${bt.id}`, "DELETE")
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/still holds \d+ units/)
    expect((await admin(`/admin/ocop/centres/${bt.id}`)).status).toBe(200)
  })
})

describe("villages and producers", () => {
  it("creates, edits and deletes a village and a producer", async () => {
    const v = await admin("/admin/ocop/villages", "POST", {
      handle: "test-lang-non-chuong",
      name: "Làng nón Chuông",
      craft_vi: "Nón lá",
      craft_en: "Conical hats",
      commune: "Phương Trung",
      former_district: "Thanh Oai",
      story_vi: "Làng nón hơn 300 năm.",
      story_en: "A conical-hat village over 300 years old.",
    })
    expect(v.status).toBe(201)
    const village = v.body.village

    const p = await admin("/admin/ocop/producers", "POST", {
      handle: "test-hkd-non-chuong",
      legal_name: "Hộ kinh doanh Nón Chuông",
      type: "household",
      tax_code: "0109876543",
      village_id: village.id,
      representative: "Nguyễn Thị Hoa",
      email: "non.chuong@ocop.test",
    })
    expect(p.status).toBe(201)
    expect(p.body.producer).toMatchObject({ handle: "test-hkd-non-chuong", village: { handle: "test-lang-non-chuong" } })

    // A village with producers cannot be deleted out from under them.
    const refused = await admin(`/admin/ocop/villages/${village.id}`, "DELETE")
    expect(refused.status).toBe(400)

    const edited = await admin(`/admin/ocop/producers/${p.body.producer.id}`, "POST", { tax_code: "0109876543-002" })
    expect(edited.body.producer.tax_code).toBe("0109876543-002")

    expect((await admin(`/admin/ocop/producers/${p.body.producer.id}`, "DELETE")).status).toBe(200)
    expect((await admin(`/admin/ocop/villages/${village.id}`, "DELETE")).status).toBe(200)
  })

  it.each([
    ["0101234", /tax_code must be 10 digits/],
    ["0101234567-01", /tax_code must be 10 digits/],
    ["01012345678", /tax_code must be 10 digits/],
  ])("refuses the malformed tax code %s and writes nothing", async (taxCode, message) => {
    const res = await admin("/admin/ocop/producers", "POST", {
      handle: "test-bad-tax",
      legal_name: "Công ty TNHH Thử",
      type: "enterprise",
      tax_code: taxCode,
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
    const list = (await admin("/admin/ocop/producers")).body.producers
    expect(list.some((p: any) => p.handle === "test-bad-tax")).toBe(false)
  })

  it("refuses an unknown producer type and a duplicate producer handle", async () => {
    const base = { legal_name: "HTX Thử", tax_code: "0101234567" }
    const type = await admin("/admin/ocop/producers", "POST", { ...base, handle: "test-type", type: "corporation" })
    expect(type.status).toBe(400)
    expect(type.body.message).toMatch(/type/)
    const dup = await admin("/admin/ocop/producers", "POST", { ...base, handle: "htx-gom-su-bat-trang", type: "cooperative" })
    expect(dup.status).toBe(400)
    expect(dup.body.message).toMatch(/already used/)
  })

  it("keeps clerks out of the admin API: 403, and nothing changes", async () => {
    const clerk = (await api("/auth/user/emailpass", { method: "POST", body: { email: "clerk.van-phuc@ocop.test", password: "ocop-demo" } })).body.token
    const vp = (await admin("/admin/ocop/centres")).body.centres.find((c: any) => c.handle === "van-phuc")
    for (const [path, method, body] of [
      ["/admin/ocop/centres", "GET", undefined],
      [`/admin/ocop/centres/${vp.id}`, "POST", { phone: "000" }],
      ["/admin/products?limit=1", "GET", undefined],
      ["/admin/users/me", "GET", undefined],
    ] as const) {
      const res = await api(path, { method, body, token: clerk })
      expect(res.status, `${method} ${path}`).toBe(403)
      expect(res.body.message).toMatch(/Clerks sell from the till/)
    }
    expect((await admin(`/admin/ocop/centres/${vp.id}`)).body.centre.phone).toBe(vp.phone)
  })

  it("answers 401 to a caller without an admin session", async () => {
    expect((await api("/admin/ocop/centres")).status).toBe(401)
    const customer = await api("/auth/customer/emailpass", { method: "POST", body: { email: "customer@ocop.test", password: "ocop-demo" } })
    expect((await api("/admin/ocop/centres", { token: customer.body.token })).status).toBe(401)
  })
})
