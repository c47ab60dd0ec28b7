import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startOcop, waitForHttp } from "../start/start-process"
import { launchChromium } from "./browser"

/**
 * A tourist in the storefront, in a real browser against the real backend and seeded data:
 * search, filter to 5 stars, open a product, add it, pick it up at Bát Tràng paying there, and
 * the order exists in the admin with Bát Tràng's stock one lower. Screenshots go to
 * $TMPDIR/ocop-e2e-shots.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-sf-e2e-"))
fs.chmodSync(dataDir, 0o755)
const shots = path.join(os.tmpdir(), "ocop-e2e-shots")
const backend = "http://localhost:9230"
const shop = "http://localhost:3030"
let server: ReturnType<typeof startOcop>
let browser: Browser
let page: Page
let key: string

const store = async (p: string) =>
  (await fetch(backend + p, { headers: { "x-publishable-api-key": key } })).json() as Promise<any>

async function adminToken() {
  const auth = await fetch(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop.test", password: "ocop-demo" }),
  })
  return ((await auth.json()) as { token: string }).token
}

async function availableAtBatTrang(handle: string) {
  const { products } = await store(`/store/products?handle=${handle}&fields=%2Bocop`)
  return products[0].ocop.availability.find((a: any) => a.centre.handle === "bat-trang")?.available ?? 0
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  server = startOcop({ OCOP_DATA_DIR: dataDir, OCOP_PG_PORT: "5441", PORT: "9230", OCOP_STOREFRONT_PORT: "3030", OCOP_POS_PORT: "3031" })
  await server.waitFor(/OCOP backend ready/, 400_000)
  key = server.output().match(/Publishable key\s+(pk_[0-9a-f]+)/)![1]!
  await waitForHttp(`${shop}/vi`)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" })).newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  if (server) {
    server.child.kill("SIGINT")
    await server.exited
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("storefront, a tourist's purchase", () => {
  it("opens in the visitor's language, with alternates for the other", async () => {
    await page.goto(shop + "/")
    expect(new URL(page.url()).pathname).toBe("/en")
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    expect(await page.locator('link[rel="alternate"][hreflang="vi"]').getAttribute("href")).toBe(`${shop}/vi`)
    await page.getByRole("heading", { name: "5-star OCOP products" }).waitFor()
    await page.screenshot({ path: path.join(shots, "storefront-home.png"), fullPage: true })
  })

  it("searches, filters to 5 stars, buys for pick-up at Bát Tràng, and the stock there goes down", async () => {
    await page.goto(`${shop}/en/search?q=bat+trang`)
    await page.locator("details.filters summary").click()
    await page.getByRole("checkbox", { name: "5-star OCOP" }).check()
    await page.waitForURL(/stars=5/)
    const cards = page.locator(".grid .card")
    await cards.first().waitFor()
    const count = await cards.count()
    expect(count).toBeGreaterThan(0)
    expect(await page.locator('.grid .card [aria-label="5-star OCOP"]').count()).toBe(count)
    await page.screenshot({ path: path.join(shots, "storefront-search.png"), fullPage: true })

    await cards.first().locator("a").first().click()
    await page.waitForURL(/\/en\/products\//)
    const handle = new URL(page.url()).pathname.split("/").pop()!
    const before = await availableAtBatTrang(handle)
    expect(before).toBeGreaterThan(0)
    await page.getByRole("heading", { name: "OCOP certificate" }).waitFor()
    await page.screenshot({ path: path.join(shots, "storefront-product.png"), fullPage: true })
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart.").waitFor()

    await page.goto(`${shop}/en/checkout`)
    await page.getByLabel("Email").fill("tourist@example.com")
    await page.getByLabel("First name").fill("Anna")
    await page.getByLabel("Last name").fill("Berg")
    await page.getByLabel("Phone").fill("+84 90 123 4567")
    await page.getByRole("button", { name: "Continue" }).click()
    await page.getByTestId("place-order").waitFor()
    await page.getByRole("radio", { name: /1.000 năm Thăng Long/ }).check() // the Bát Tràng centre
    await page.getByRole("radio", { name: "Pay on pick-up or delivery" }).check()
    await page.screenshot({ path: path.join(shots, "storefront-checkout.png"), fullPage: true })
    await page.getByRole("button", { name: "Place order" }).click()
    const number = (await page.getByTestId("order-number").innerText()).replace("#", "")
    await page.screenshot({ path: path.join(shots, "storefront-confirmed.png"), fullPage: true })

    const token = await adminToken()
    const { orders } = await (
      await fetch(`${backend}/admin/orders?fields=display_id,email,*items&limit=5&order=-created_at`, { headers: { authorization: `Bearer ${token}` } })
    ).json() as any
    const order = orders.find((o: any) => String(o.display_id) === number)
    expect(order).toMatchObject({ email: "tourist@example.com" })
    expect(order.items).toHaveLength(1)
    expect(await availableAtBatTrang(handle)).toBe(before - 1)
  })

  it("answers an unknown page with a 404 in the page's language", async () => {
    const res = await page.goto(`${shop}/en/no-such-page`)
    expect(res?.status()).toBe(404)
    await page.getByRole("heading", { name: "We could not find this page." }).waitFor()
  })
})
