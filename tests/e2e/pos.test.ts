import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { waitForHttp } from "../start/start-process"
import { launchChromium } from "./browser"
import { waitForCatalogue } from "./pos-till"
import { e2eSystem, shotsDir, userToken } from "./system"

/**
 * A clerk's day at the Bát Tràng counter, in a real browser against the real backend and seeded
 * data: open a shift, scan a seeded barcode, take cash and see the receipt as it prints, take one
 * piece back, close the shift. The storefront's availability at Bát Tràng drops with the sale.
 * Screenshots go to $TMPDIR/ocop-e2e-shots.
 */
const system = e2eSystem("pos", { backend: 9240, storefront: 3040, pos: 3041, postgres: 5442 })
const backend = system.backend
const till = system.pos
let browser: Browser
let page: Page
let key: string

const store = async (p: string) => (await fetch(backend + p, { headers: { "x-publishable-api-key": key } })).json() as Promise<any>
const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `pos-${name}.png`), fullPage: true })

/** What the web shop says Bát Tràng has of a product now (stocked minus reserved). */
async function webAvailability(productId: string) {
  const { products } = await store(`/store/products?id=${productId}&fields=%2Bocop`)
  return products[0].ocop.availability.find((a: any) => a.centre.handle === "bat-trang")?.available ?? 0
}

/** A variant the Bát Tràng counter sells, with a barcode and a few in stock. */
async function seededBarcode() {
  const token = await userToken(backend, "clerk.bat-trang@ocop.test")
  const { products } = (await (await fetch(`${backend}/pos/catalogue`, { headers: { authorization: `Bearer ${token}` } })).json()) as any
  for (const p of products) for (const v of p.variants) if (v.barcode && v.available >= 3 && p.variants.length === 1) return { product: p, variant: v }
  throw new Error("No single-variant product with a barcode and stock at Bát Tràng")
}

beforeAll(async () => {
  await system.start()
  key = system.key
  await waitForHttp(`${till}/sign-in`)
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: "en-US" })).newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await system.stop()
})

describe("POS, a clerk's day at the counter", () => {
  let receipt = ""
  let productId = ""

  it("signs in, sets a PIN and opens the shift with a float", async () => {
    await page.goto(`${till}/sign-in`)
    await page.getByRole("button", { name: "English" }).click()
    await page.getByLabel("E-mail").fill("clerk.bat-trang@ocop.test")
    await page.getByLabel("Password").fill("ocop-demo")
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.getByRole("heading", { name: "Set a PIN for the till" }).waitFor()
    await page.keyboard.type("2468")
    await page.keyboard.press("Enter")
    await page.getByRole("heading", { name: "Type the PIN again" }).waitFor()
    await page.keyboard.type("2468")
    await page.keyboard.press("Enter")
    await page.getByRole("heading", { name: "Open shift" }).waitFor()
    await page.getByLabel("Opening float").fill("500000")
    await page.getByRole("button", { name: "Open shift" }).last().click()
    await page.waitForURL(/\/sell/)
    await shot("sell")
  })

  it("scans a seeded barcode, takes cash, prints the receipt, and the web shop's stock at Bát Tràng drops", async () => {
    const { product, variant } = await seededBarcode()
    productId = product.id
    const before = await webAvailability(product.id)

    // The catalogue is on the device before the first scan (a scan looks it up there).
    await waitForCatalogue(page)
    // A keyboard-wedge scanner: the digits, fast, then Enter, with nothing focused.
    await page.keyboard.type(variant.barcode, { delay: 5 })
    await page.keyboard.press("Enter")
    await page.getByText(`Added: ${product.title_en}`).waitFor()
    await page.getByRole("link", { name: /^Pay · / }).click()
    await page.getByRole("heading", { name: "Payment" }).waitFor()
    await page.getByRole("button", { name: /^Exact/ }).click()
    await page.getByRole("button", { name: "Complete and print the receipt" }).click()
    const title = page.getByRole("heading", { name: /^Receipt / })
    await title.waitFor()
    receipt = (await title.innerText()).replace("Receipt ", "").trim()
    expect(receipt).toMatch(/^[A-Z0-9]+-\d{6}$/)
    await page.getByText("All synced").waitFor({ timeout: 30_000 })
    await page.emulateMedia({ media: "print" })
    await shot("receipt-print")
    await page.emulateMedia({ media: "screen" })

    await expect.poll(() => webAvailability(product.id), { timeout: 20_000 }).toBe(before - 1)
  })

  it("takes one piece back into Bát Tràng's stock, refunded in cash", async () => {
    const before = await webAvailability(productId)
    await page.getByRole("link", { name: "Returns" }).click()
    await page.getByLabel("Receipt number").fill(receipt)
    await page.getByRole("button", { name: "Find the receipt" }).click()
    await page.getByRole("heading", { name: `Return · receipt ${receipt}` }).waitFor()
    await page.getByRole("button", { name: "All" }).first().click()
    await page.getByRole("radio", { name: "Cash from the drawer" }).click()
    await shot("return")
    await page.getByRole("button", { name: "Take the return" }).click()
    await page
      .getByText(/Return taken\. Give the customer/)
      .waitFor()
      .catch(async (e) => {
        const alert = await page.locator(".returns [role=alert]").innerText().catch(() => "")
        throw new Error(`The return was not taken. The till said: "${alert.trim()}". Server:\n${system.output().slice(-4000)}`, { cause: e })
      })
    await expect.poll(() => webAvailability(productId), { timeout: 20_000 }).toBe(before + 1)
  })

  it("closes the shift with the drawer counted, showing expected, counted and the difference", async () => {
    await page.getByRole("link", { name: "Close shift" }).click()
    await page.getByLabel(/How many ₫500,000/).fill("1")
    await page.getByRole("button", { name: "Close shift and print the report" }).click()
    await page.getByRole("heading", { name: "Shift closed" }).waitFor()
    await page.getByText("Expected cash").first().waitFor()
    await page.getByText("Difference").first().waitFor()
    await shot("shift-closed")
  })
})
