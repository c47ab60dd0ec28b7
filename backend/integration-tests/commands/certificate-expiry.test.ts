import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, api, publishableKey } from "../http/api"
import { medusaExec } from "./run-medusa"

/** The expiry job, run through its command: withdraws expired products, lists expiring ones. */
let token: string
let key: string
const admin = (path: string, method = "GET", body?: unknown) => api(path, { method, body, token })

beforeAll(async () => {
  token = await adminToken()
  key = await publishableKey(token)
})

describe("certificate expiry", () => {
  it("the seed already withdrew the products whose certificates had expired", async () => {
    const { body } = await admin("/admin/ocop/certifications?status=withdrawn")
    expect(body.certifications.length).toBeGreaterThan(0)
    for (const c of body.certifications) {
      expect(c.status).toBe("expired")
      expect(c.product.status).toBe("draft")
      expect((await api(`/store/products/${c.product.id}`, { key })).status).toBe(404)
    }
  })

  it("lists certificates expiring within 90 days, soonest first", async () => {
    const { body } = await admin("/admin/ocop/certifications?status=expiring")
    expect(body.certifications.length).toBeGreaterThan(0)
    const days = body.certifications.map((c: any) => c.days_left)
    expect(days).toEqual([...days].sort((a, b) => a - b))
    expect(days.every((d: number) => d >= 0 && d <= 90)).toBe(true)
  })

  it("withdraws a product when its certificate expires, keeps it, and puts it back on sale on renewal", async () => {
    const { body } = await admin("/admin/products?handle=tra-sen-tay-ho&fields=id,status")
    const product =
      body.products[0] ??
      (await admin("/admin/products?limit=1&status[]=published&fields=id,status")).body.products[0]
    expect((await api(`/store/products/${product.id}`, { key })).status).toBe(200)

    // An issue date more than 36 months ago: the certificate is now expired.
    const expired = await admin(`/admin/ocop/products/${product.id}`, "POST", { certification: { issue_date: "2022-05-01" } })
    expect(expired.body.product_ocop.certification.status).toBe("expired")

    const output = await medusaExec("./src/scripts/expire-certificates.ts")
    expect(output).toMatch(/1 product\(s\) withdrawn from sale/)

    const after = await admin(`/admin/products/${product.id}?fields=id,status`)
    expect(after.status).toBe(200) // not deleted
    expect(after.body.product.status).toBe("draft")
    expect((await api(`/store/products/${product.id}`, { key })).status).toBe(404)
    const withdrawn = (await admin("/admin/ocop/certifications?status=withdrawn")).body.certifications
    expect(withdrawn.some((c: any) => c.product.id === product.id)).toBe(true)

    // Running it again changes nothing more.
    expect(await medusaExec("./src/scripts/expire-certificates.ts")).toMatch(/0 product\(s\) withdrawn/)

    const renewed = await admin(`/admin/ocop/products/${product.id}`, "POST", { certification: { issue_date: "2026-06-01" } })
    expect(renewed.body.product_ocop.certification).toMatchObject({ status: "valid", withdrawn_at: null })
    expect((await admin(`/admin/products/${product.id}?fields=status`)).body.product.status).toBe("published")
    expect((await api(`/store/products/${product.id}`, { key })).status).toBe(200)
  })
})
