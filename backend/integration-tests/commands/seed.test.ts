import { beforeAll, describe, expect, it } from "vitest"
import { isValidEan13 } from "../../src/modules/ocop/lib/ean13"
import { adminToken, api, login, publishableKey } from "../http/api"
import { medusaExec } from "./run-medusa"
import accounts from "../../../seed/data/accounts.json"

/** The demo catalogue the global setup loaded with the real seed. */
let token: string
let key: string
const admin = (path: string) => api(path, { token })

async function counts() {
  const [centres, villages, producers, products, customers, users] = await Promise.all([
    admin("/admin/ocop/centres"),
    admin("/admin/ocop/villages"),
    admin("/admin/ocop/producers"),
    admin("/admin/products?limit=1&fields=id"),
    admin("/admin/customers?limit=1&fields=id"),
    admin("/admin/users?limit=1&fields=id"),
  ])
  return {
    centres: centres.body.centres.length,
    villages: villages.body.villages.length,
    producers: producers.body.producers.length,
    products: products.body.count,
    customers: customers.body.count,
    users: users.body.count,
  }
}

beforeAll(async () => {
  token = await adminToken()
  key = await publishableKey(token)
})

describe("seeded Hanoi catalogue", () => {
  it("has the centres, producers and products the issue asks for, across all six groups", async () => {
    const c = await counts()
    expect(c.centres).toBeGreaterThanOrEqual(10)
    expect(c.producers).toBeGreaterThanOrEqual(40)
    expect(c.products).toBeGreaterThanOrEqual(200)
    const certs = (await admin("/admin/ocop/certifications")).body.certifications
    expect(new Set(certs.map((x: any) => x.group))).toEqual(
      new Set(["food", "beverage", "herbal", "textile", "handicraft", "tourism_service"])
    )
    for (const x of certs) if (x.stars === 5) expect(x.issuing_level).toBe("national")
  })

  it("gives every variant a unique SKU, a valid EAN-13 barcode, a VND price and an image", async () => {
    const { body: all } = await admin("/admin/products?limit=1000&fields=id,thumbnail,metadata,variants.sku,variants.barcode,variants.prices.*")
    // The seed's own catalogue: products producers proposed in other tests carry their listing id.
    const body = { products: all.products.filter((p: any) => !p.metadata?.listing_id) }
    const variants = body.products.flatMap((p: any) => p.variants)
    expect(variants.length).toBeGreaterThan(body.products.length)
    expect(new Set(variants.map((v: any) => v.sku)).size).toBe(variants.length)
    for (const v of variants) {
      expect(isValidEan13(v.barcode), v.sku).toBe(true)
      const vnd = v.prices.find((p: any) => p.currency_code === "vnd")
      expect(Number.isInteger(vnd.amount) && vnd.amount >= 1000, v.sku).toBe(true)
    }
    for (const p of body.products) expect(p.thumbnail).toMatch(/\/static\/.+\.svg$/)
  })

  it("serves the product images from the backend", async () => {
    const { body } = await api("/store/products?limit=1&fields=thumbnail", { key })
    const res = await fetch(body.products[0].thumbnail)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/<svg/)
  })

  it("has regions in VND and USD with delivery and pick-up at each centre", async () => {
    const regions = (await api("/store/regions", { key })).body.regions
    expect(regions.map((r: any) => r.currency_code).sort()).toEqual(["usd", "vnd"])
    const options = (await admin("/admin/shipping-options?limit=100&fields=name,type.code")).body.shipping_options
    const centres = (await admin("/admin/ocop/centres")).body.centres
    for (const c of centres) expect(options.some((o: any) => o.type.code === `pickup-${c.handle}`), c.handle).toBe(true)
    expect(options.filter((o: any) => o.type.code.startsWith("delivery-")).length).toBeGreaterThanOrEqual(2)
  })

  it("has working demo logins: admin, a clerk per centre, two producers and a customer", async () => {
    expect(accounts.clerks.length).toBe((await admin("/admin/ocop/centres")).body.centres.length)
    const clerk = await login("user", "clerk.bat-trang@ocop.test")
    expect(clerk).toMatch(/^ey/)
    const users = (await admin("/admin/users?limit=100&fields=email,metadata")).body.users
    expect(users.find((u: any) => u.email === "clerk.bat-trang@ocop.test").metadata).toMatchObject({ role: "clerk", centre: "bat-trang" })

    const producers = (await admin("/admin/ocop/producers")).body.producers
    expect(accounts.producers.length).toBe(2)
    for (const { email, producer } of accounts.producers) {
      const t = await login("producer", email)
      const claims = JSON.parse(Buffer.from(t.split(".")[1]!, "base64url").toString())
      expect(claims.actor_type).toBe("producer")
      expect(producers.find((p: any) => p.id === claims.actor_id)?.handle).toBe(producer)
    }

    const customer = await login("customer", "customer@ocop.test")
    expect((await api("/store/customers/me", { token: customer, key })).body.customer.email).toBe("customer@ocop.test")
  })

  it("changes nothing when it runs again", async () => {
    const before = await counts()
    const output = await medusaExec("../seed/src/index.ts")
    expect(output).toMatch(/0 new of \d+/)
    expect(await counts()).toEqual(before)
  })
})
