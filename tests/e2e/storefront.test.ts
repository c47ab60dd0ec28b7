import path from "node:path"
import AxeBuilder from "@axe-core/playwright"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { waitForHttp } from "../start/start-process"
import { launchChromium } from "./browser"
import { guestToCheckout } from "./shop"
import { e2eSystem, shotsDir, userToken } from "./system"

/**
 * A tourist in the storefront, in a real browser against the real backend and seeded data:
 * an account, search, filter to 5 stars, open a product, add it, pick it up at Bát Tràng paying
 * there; the order is in the account and the admin, and Bát Tràng's stock is one lower.
 * Screenshots go to $TMPDIR/ocop-e2e-shots.
 */
const system = e2eSystem("sf", { backend: 9230, storefront: 3030, pos: 3031, postgres: 5441 })
const shots = shotsDir
const backend = system.backend
const shop = "http://localhost:3030"
let browser: Browser
let page: Page
let key: string

const store = async (p: string) =>
  (await fetch(backend + p, { headers: { "x-publishable-api-key": key } })).json() as Promise<any>

const adminToken = () => userToken(backend, "admin@ocop.test")

/** axe-core's serious and critical findings on the page as it is now (none is the goal). */
async function accessibilityProblems(p: Page) {
  const { violations } = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)
}

async function register(p: Page, first: string, email: string, password: string) {
  await p.goto(`${shop}/en/account/register`)
  await p.getByLabel("First name").fill(first)
  await p.getByLabel("Last name").fill("Trần")
  await p.getByLabel("Email").fill(email)
  await p.getByLabel("Password").fill(password)
  await p.getByRole("button", { name: "Create an account" }).click()
  await p.getByRole("heading", { name: `Hello ${first}` }).waitFor()
}

async function availableAtBatTrang(handle: string) {
  const { products } = await store(`/store/products?handle=${handle}&fields=%2Bocop`)
  return products[0].ocop.availability.find((a: any) => a.centre.handle === "bat-trang")?.available ?? 0
}

beforeAll(async () => {
  await system.start()
  key = system.key
  await waitForHttp(`${shop}/vi`)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" })).newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await system.stop()
})

describe("storefront, a tourist's purchase", () => {
  const email = `minh-${Date.now()}@example.com`
  let orderNumber = ""
  let orderUrl = ""

  it("opens in the visitor's language, with alternates for the other, and nothing serious for axe", async () => {
    await page.goto(shop + "/")
    expect(new URL(page.url()).pathname).toBe("/en")
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    expect(await page.locator('link[rel="alternate"][hreflang="vi"]').getAttribute("href")).toBe(`${shop}/vi`)
    await page.getByRole("heading", { name: "5-star OCOP products" }).waitFor()
    await page.screenshot({ path: path.join(shots, "storefront-home.png"), fullPage: true })
    expect(await accessibilityProblems(page)).toEqual([])
  })

  it("searches, filters to 5 stars, buys signed in for pick-up at Bát Tràng; the order is in the account and the admin, and the stock there goes down", async () => {
    await register(page, "Minh", email, "lotus-pond-2026")

    await page.goto(`${shop}/en/search?q=bat+trang`)
    await page.locator("details.filters summary").click()
    await page.getByRole("checkbox", { name: "5-star OCOP" }).check()
    await page.waitForURL(/stars=5/)
    const cards = page.locator(".grid .card")
    // The URL changes as React starts rendering the new results: wait until the grid shows them.
    const onlyFiveStars = async () =>
      (await cards.count()) > 0 && (await cards.filter({ hasNot: page.locator('[aria-label="5-star OCOP"]') }).count()) === 0
    await expect.poll(onlyFiveStars, { timeout: 15_000 }).toBe(true)
    await page.screenshot({ path: path.join(shots, "storefront-search.png"), fullPage: true })
    expect(await accessibilityProblems(page)).toEqual([])

    await cards.first().locator("a").first().click()
    await page.waitForURL(/\/en\/products\//)
    const handle = new URL(page.url()).pathname.split("/").pop()!
    const before = await availableAtBatTrang(handle)
    expect(before).toBeGreaterThan(0)
    await page.getByRole("heading", { name: "OCOP certificate" }).waitFor()
    await page.screenshot({ path: path.join(shots, "storefront-product.png"), fullPage: true })
    expect(await accessibilityProblems(page)).toEqual([])
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart.").waitFor()

    await page.goto(`${shop}/en/checkout`)
    // Signed in, the e-mail is already the account's.
    expect(await page.getByLabel("Email").inputValue()).toBe(email)
    await page.getByLabel("First name").fill("Minh")
    await page.getByLabel("Last name").fill("Trần")
    await page.getByLabel("Phone").fill("+84 90 123 4567")
    await page.getByRole("button", { name: "Continue" }).click()
    await page.getByTestId("place-order").waitFor()
    await page.getByRole("radio", { name: /Thăng Long Millennium Centre/ }).check() // the Bát Tràng centre
    await page.getByRole("radio", { name: "Pay on pick-up or delivery" }).check()
    await page.screenshot({ path: path.join(shots, "storefront-checkout.png"), fullPage: true })
    expect(await accessibilityProblems(page)).toEqual([])
    await page.getByRole("button", { name: "Place order" }).click()
    orderNumber = (await page.getByTestId("order-number").innerText()).replace("#", "")
    await page.getByRole("heading", { name: "Collect it at" }).waitFor()
    await page.getByRole("link", { name: /^Thăng Long Millennium Centre/ }).first().waitFor()
    await page.screenshot({ path: path.join(shots, "storefront-confirmed.png"), fullPage: true })

    await page.goto(`${shop}/en/account`)
    await page.getByRole("link", { name: `#${orderNumber}` }).click()
    await page.getByRole("heading", { name: `Order #${orderNumber}` }).waitFor()
    await page.getByRole("link", { name: /^Thăng Long Millennium Centre/ }).first().waitFor()
    orderUrl = page.url()
    await page.screenshot({ path: path.join(shots, "storefront-account-order.png"), fullPage: true })

    const token = await adminToken()
    const { orders } = (await (
      await fetch(`${backend}/admin/orders?fields=display_id,email,customer_id,*items&limit=5&order=-created_at`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as any
    const order = orders.find((o: any) => String(o.display_id) === orderNumber)
    expect(order).toMatchObject({ email })
    expect(order.customer_id).toMatch(/^cus_/)
    expect(order.items).toHaveLength(1)
    expect(await availableAtBatTrang(handle)).toBe(before - 1)
  })

  it("keeps the order from another shopper, and refuses a form posted from another site", async () => {
    const other = await (await browser.newContext({ locale: "en-US" })).newPage()
    await register(other, "Lan", `lan-${Date.now()}@example.com`, "lotus-pond-2027")
    expect(await other.getByRole("link", { name: `#${orderNumber}` }).count()).toBe(0)
    expect((await other.goto(orderUrl))?.status()).toBe(404)
    await other.close()

    // A page elsewhere posting our login form (cross-site request forgery) gets a 400, no session.
    const forged = await fetch(`${shop}/en/account/login`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password: "lotus-pond-2026" }),
      redirect: "manual",
    })
    expect(forged.status).toBe(400)
    expect(forged.headers.get("set-cookie") ?? "").not.toContain("ocop_session")

    // Logged out, the account asks to log in first.
    await page.goto(`${shop}/en/account`)
    await page.getByRole("button", { name: "Log out" }).click()
    await page.waitForURL(`${shop}/en`)
    await page.goto(`${shop}/en/account`)
    await page.getByRole("heading", { name: "Log in" }).waitFor()
  })

  it("lets a guest pay by VietQR and shows the code to scan", async () => {
    const { hits } = await store("/store/ocop/search?centre=bat-trang&in_stock_at=bat-trang&limit=1")
    await guestToCheckout(page, shop, hits[0].handle, { email: "guest@example.com", first: "Anna", last: "Berg", phone: "0912345678" })
    await page.getByRole("radio", { name: "VietQR bank transfer" }).check()
    await page.getByRole("button", { name: "Place order" }).click()
    await page.getByTestId("order-number").waitFor()
    await page.getByRole("img", { name: "Scan to pay by bank transfer" }).waitFor()
  })

  it("checks a form in the browser with the form's schema, sending nothing until it is right", async () => {
    const posts: string[] = []
    const watch = (r: { method(): string; url(): string }) => r.method() === "POST" && posts.push(r.url())
    page.on("request", watch)
    await page.goto(`${shop}/en/account/register`)
    await page.getByLabel("Email").fill("not-an-address")
    await page.getByLabel("Password").fill("short")
    await page.getByRole("button", { name: "Create an account" }).click()
    await page.getByRole("alert").filter({ hasText: "Please check" }).waitFor()
    expect(await page.getByLabel("First name").getAttribute("aria-invalid")).toBe("true")
    expect(await page.locator(":focus").getAttribute("name")).toBe("first_name")
    expect(posts).toEqual([])
    page.off("request", watch)
  })

  it("answers an unknown page with a 404 in the page's language", async () => {
    const res = await page.goto(`${shop}/en/no-such-page`)
    expect(res?.status()).toBe(404)
    await page.getByRole("heading", { name: "We could not find this page." }).waitFor()
  })
})
