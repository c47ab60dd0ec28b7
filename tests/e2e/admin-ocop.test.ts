import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./browser"
import { e2eSystem, shotsDir, userToken } from "./system"

/**
 * Centre staff in the admin dashboard, in a real browser: the OCOP pages list the seeded data,
 * and the product page's OCOP panel edits a certificate through the API. Screenshots go to
 * $TMPDIR/ocop-e2e-shots for a person to look at.
 */
const system = e2eSystem("admin", { backend: 9210, storefront: 3020, pos: 3021, postgres: 5439 })
const shots = shotsDir
const base = system.backend
let browser: Browser
let page: Page
let token: string

async function adminApi(p: string, init: RequestInit = {}) {
  const res = await fetch(base + p, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
  })
  return res.json() as Promise<any>
}

beforeAll(async () => {
  await system.start()
  token = await userToken(base, "admin@ocop.test")

  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
  // The dashboard is compiled by Vite on first load: allow for it.
  await page.goto(`${base}/app/login`, { timeout: 240_000 })
  await page.locator('input[name="email"]').waitFor({ timeout: 240_000 })
  await page.fill('input[name="email"]', "admin@ocop.test")
  await page.fill('input[name="password"]', "ocop-demo")
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.includes("/login"), { timeout: 120_000 })
}, 420_000)

afterAll(async () => {
  await browser?.close()
  await system.stop()
})

describe("admin dashboard, OCOP pages", () => {
  it("lists every centre with its stars and product count", async () => {
    await page.goto(`${base}/app/centres`, { timeout: 120_000 })
    const bt = page.getByRole("row").filter({ hasText: "Thăng Long" })
    await bt.waitFor({ timeout: 120_000 })
    expect(await bt.innerText()).toMatch(/★★★★/)
    const centres = (await adminApi("/admin/ocop/centres")).centres
    // One header row plus one row per centre.
    expect(await page.getByRole("row").count()).toBe(centres.length + 1)
    await page.screenshot({ path: path.join(shots, "centres.png"), fullPage: true })
  })

  it("shows what the expiry job withdrew", async () => {
    await page.goto(`${base}/app/certificates?status=withdrawn`, { timeout: 120_000 })
    const withdrawn = (await adminApi("/admin/ocop/certifications?status=withdrawn")).certifications
    expect(withdrawn.length).toBeGreaterThan(0)
    await page.getByText(withdrawn[0].product.title).first().waitFor({ timeout: 60_000 })
    for (const c of withdrawn) await expect(page.getByText(c.product.title).first().isVisible()).resolves.toBe(true)
  })

  it("edits a product's stars from the OCOP panel, and the API agrees", async () => {
    const { products } = await adminApi("/admin/products?limit=50&fields=id,title")
    let target: { id: string; stars: number } | undefined
    for (const p of products) {
      const cert = (await adminApi(`/admin/ocop/products/${p.id}`)).product_ocop.certification
      if (cert && cert.stars < 5 && cert.status !== "expired") {
        target = { id: p.id, stars: cert.stars }
        break
      }
    }
    expect(target).toBeDefined()
    const to = target!.stars === 4 ? 3 : 4

    await page.goto(`${base}/app/products/${target!.id}`, { timeout: 120_000 })
    // The panel is a Medusa UI Container (a card) holding our heading.
    const panel = page.locator("div.shadow-elevation-card-rest", { has: page.getByRole("heading", { name: "Sản phẩm OCOP (OCOP product)" }) })
    await panel.getByText(`${target!.stars} sao`).waitFor({ timeout: 60_000 })
    await panel.getByRole("button", { name: "Sửa (Edit)" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.waitFor()
    await drawer.getByLabel("Hạng sao (Stars)", { exact: true }).click()
    await page.getByRole("option", { name: new RegExp(`${to} sao`) }).click()
    await page.getByRole("button", { name: "Lưu (Save)" }).click()
    await drawer.waitFor({ state: "detached", timeout: 30_000 })
    await panel.getByText(`${to} sao`).waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, "product-ocop-panel.png") })

    const cert = (await adminApi(`/admin/ocop/products/${target!.id}`)).product_ocop.certification
    expect(cert.stars).toBe(to)
  })

  it("sets a centre's VietQR receiving account in the centre drawer, and the API agrees", async () => {
    await page.goto(`${base}/app/centres`, { timeout: 120_000 })
    const row = page.getByRole("row").filter({ hasText: "Thăng Long" })
    await row.waitFor({ timeout: 120_000 })
    await row.getByRole("button", { name: "Thao tác (Actions)" }).click()
    await page.getByRole("menuitem", { name: "Sửa (Edit)" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.waitFor()
    await drawer.getByLabel("Ngân hàng nhận VietQR (VietQR receiving bank)").click()
    await page.getByRole("option", { name: "VietinBank (970415)" }).click()
    await drawer.getByLabel("Số tài khoản (Account number)").fill("113366668888")
    await drawer.getByLabel("Chủ tài khoản (Account holder)").fill("TRUNG TAM OCOP THANG LONG")
    await drawer.getByLabel("Số tài khoản (Account number)").scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(shots, "centre-vietqr-account.png") })
    await page.getByRole("button", { name: "Lưu (Save)" }).click()
    await drawer.waitFor({ state: "detached", timeout: 30_000 })

    const centre = (await adminApi("/admin/ocop/centres")).centres.find((c: any) => c.name_vi.includes("Thăng Long"))
    expect(centre).toMatchObject({ bank_bin: "970415", bank_account_number: "113366668888", bank_account_name: "TRUNG TAM OCOP THANG LONG" })
  })
})
