import path from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { waitForHttp } from "../start/start-process"
import { launchChromium } from "./browser"
import { adminApi, clerkApi, returnOne, sellOne, signIn, stockedVariants, waitForCatalogue, waitForServiceWorker, waitForSynced, type Tender } from "./pos-till"
import { guestToCheckout } from "./shop"
import { e2eSystem, shotsDir } from "./system"

/**
 * The till with the network cut (issue 7), in Chromium against the real backend: it reloads and
 * sells offline (cash, VietQR confirmed by the clerk, card from the terminal), takes a return of a
 * sale not synced yet, then syncs when the network is back. The admin API then holds exactly one
 * order per receipt, and Bát Tràng's stock moved by the units sold less the one returned.
 * Then the last piece of a product is sold twice: by the till offline and by a shopper in the
 * storefront. Both orders stand, the till's is flagged for staff, and nothing more is sold.
 */
const system = e2eSystem("pos-offline", { backend: 9250, storefront: 3050, pos: 3051, postgres: 5443 })
const backend = system.backend
const till = system.pos
const admin = adminApi(backend)
const clerk = clerkApi(backend)
let browser: Browser
let context: BrowserContext
let page: Page

const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `pos-offline-${name}.png`), fullPage: true })

beforeAll(async () => {
  await system.start()
  await waitForHttp(`${till}/sign-in`)
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: "en-US" })
  page = await context.newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await system.stop()
})

describe("POS offline: sell with no network, lose nothing, sell nothing twice", () => {
  const receipts: string[] = []
  const sold = new Map<string, number>()
  let variants: Awaited<ReturnType<typeof stockedVariants>> = []
  let before = new Map<string, number>()
  const sent: { path: string; body: any }[] = []

  it("starts and sells with the network off: load, cut the network, reload", async () => {
    await signIn(page, till)
    await waitForServiceWorker(page)
    await waitForCatalogue(page)
    variants = (await stockedVariants(backend, 5)).slice(0, 6)
    expect(variants.length).toBeGreaterThanOrEqual(3)
    before = await admin.availableAtBatTrang(variants.map((v) => v.sku))
    // What reached the backend and was answered (attempts while offline fail, and do not count).
    page.on("requestfinished", (r) => {
      if (r.method() === "POST" && /\/pos\/sales/.test(new URL(r.url()).pathname)) sent.push({ path: new URL(r.url()).pathname, body: r.postDataJSON() })
    })

    await context.setOffline(true)
    await page.reload()
    await page.getByText("Offline: you can still sell").waitFor()
    await page.getByText(/Each sale up to ₫10,000,000 · 0 of 300 sales waiting/).waitFor()
  })

  it("makes 20 sales offline (cash, VietQR, card) and a return of one not synced yet", async () => {
    const tenders: Tender[] = ["cash", "vietqr", "card"]
    for (let i = 0; i < 20; i++) {
      const v = variants[i % variants.length]!
      receipts.push(await sellOne(page, v.barcode, tenders[i % 3]!))
      sold.set(v.sku, (sold.get(v.sku) ?? 0) + 1)
      if (i === 9) await shot("sell-limits")
    }
    expect(new Set(receipts).size).toBe(20)
    await page.getByText("Offline · 20/300 waiting").waitFor()
    await returnOne(page, receipts[0]!)
    expect(sent).toHaveLength(0)
  })

  it("syncs everything once the network is back, in order, and shows the progress", async () => {
    // The return is held a moment so the progress can be seen (and photographed) half-way.
    await page.route("**/pos/sales/*/returns*", async (route) => {
      await new Promise((r) => setTimeout(r, 2_500))
      await route.continue()
    })
    await page.getByRole("link", { name: "History" }).click()
    const t0 = Date.now()
    await context.setOffline(false)
    await page.getByText("20 of 21 synced").first().waitFor({ timeout: 60_000 })
    await shot("sync-progress")
    await waitForSynced(page, 120_000)
    console.log(`20 offline sales and 1 return synced in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    await shot("synced")

    const sales = sent.flatMap((r) => (r.path === "/pos/sales/batch" ? r.body.sales : r.path === "/pos/sales" ? [r.body] : []))
    expect(sales.map((s: any) => s.receipt_number)).toEqual(receipts)
    expect(sales.every((s: any) => s.offline === true)).toBe(true)
    const ret = sent.find((r) => r.path.endsWith("/returns"))!
    expect(ret.body).toMatchObject({ offline: true, lines: [{ quantity: 1 }] })
    expect(ret.body.returned_at).toBeTruthy()
    // The return went after every sale it follows.
    expect(sent.indexOf(ret)).toBe(sent.length - 1)
  })

  it("leaves exactly one order per receipt, and Bát Tràng's stock moved by what was sold less the one returned", async () => {
    const orders = await admin.ordersByReceipt()
    expect(receipts.map((r) => orders.get(r) ?? 0)).toEqual(receipts.map(() => 1))
    const returned = variants[0]!.sku
    const expected = new Map(variants.map((v) => [v.sku, before.get(v.sku)! - (sold.get(v.sku) ?? 0) + (v.sku === returned ? 1 : 0)]))
    await expect.poll(async () => Object.fromEntries(await admin.availableAtBatTrang(variants.map((v) => v.sku))), { timeout: 30_000 }).toEqual(Object.fromEntries(expected))
  })

  it("keeps both sales of a last piece sold offline at the till and online in the shop, flags the till's, and sells no more", async () => {
    const shop = system.storefront
    const last = variants.at(-1)!
    await admin.onlyAtBatTrang(last.sku, 1)
    await page.getByRole("link", { name: "Sell", exact: true }).click()
    // The till learns the one piece left, then loses the network and sells it.
    await page.reload()
    await waitForCatalogue(page)
    await context.setOffline(true)
    const receipt = await sellOne(page, last.barcode, "cash")

    // Meanwhile a shopper picks the same piece up at Bát Tràng: the shop still sees one.
    const shopper = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" })).newPage()
    await guestToCheckout(shopper, shop, last.handle, { email: "last-piece@example.com", first: "Lan", last: "Phạm", phone: "0912345678" })
    await shopper.getByRole("radio", { name: /Thăng Long Millennium Centre/ }).check() // the Bát Tràng centre
    await shopper.getByRole("radio", { name: "Pay on pick-up or delivery" }).check()
    await shopper.getByRole("button", { name: "Place order" }).click()
    await shopper.getByTestId("order-number").waitFor().catch(async (e) => {
      await shopper.screenshot({ path: path.join(shotsDir, "pos-offline-shop-failed.png"), fullPage: true })
      throw new Error(`${e.message}\nThe checkout said: ${await shopper.locator("[role=alert], .error").allInnerTexts()}`)
    })
    const webOrder = (await shopper.getByTestId("order-number").innerText()).replace("#", "")

    await context.setOffline(false)
    await waitForSynced(page, 60_000)
    await page.getByRole("link", { name: "History" }).click()
    await page.getByText("1 synced with a conflict").waitFor()
    await page.getByRole("link", { name: "See the conflicts" }).click()
    await page.getByRole("heading", { name: "Sale conflicts" }).waitFor()
    await page.locator(".conflict-list").getByText(`${last.title}: sold 1, 0 were left`).waitFor()
    await shot("conflict")

    // Both orders stand, the till's once; the admin lists it; the shortfall shows as -1 at once.
    expect((await admin.ordersByReceipt()).get(receipt)).toBe(1)
    expect(await admin.orderExists(webOrder)).toBe(true)
    const flagged = (await admin.conflicts()).find((c) => c.receipt_number === receipt)
    expect(flagged).toMatchObject({ kind: "stock", status: "open", lines: [{ wanted: 1, available: 0 }] })
    expect((await admin.availableAtBatTrang([last.sku])).get(last.sku)).toBe(-1)
    // The shop sells no more of it (its product reads are shared for a few seconds).
    await expect
      .poll(async () => {
        await shopper.goto(`${shop}/en/products/${last.handle}`)
        return shopper.getByRole("button", { name: "Out of stock" }).isVisible()
      }, { timeout: 30_000 })
      .toBe(true)
    await shopper.screenshot({ path: path.join(shotsDir, "pos-offline-shop-sold-out.png") })
  })

  it("starts a day with no network: opens the shift on the till, sells, and sends both when the network is back", async () => {
    await page.getByRole("link", { name: "Close shift" }).click()
    await page.getByLabel(/How many ₫500,000/).fill("1")
    await page.getByRole("button", { name: "Close shift and print the report" }).click()
    await page.getByRole("heading", { name: "Shift closed" }).waitFor()

    // Next morning, no network: the till reloads from its cache and opens a shift on the device.
    await context.setOffline(true)
    await page.goto(`${till}/shift/open`)
    await page.getByText("Offline: the shift opens on this till").waitFor()
    await page.getByLabel("Opening float").fill("400000")
    await page.getByRole("button", { name: "Open shift" }).last().click()
    await page.waitForURL(/\/sell/)
    const v = variants[1]!
    const receipt = await sellOne(page, v.barcode, "cash")
    await page.getByText("Offline · 1/300 waiting").waitFor()
    await shot("shift-opened-offline")

    await context.setOffline(false)
    await waitForSynced(page, 60_000)
    expect((await admin.ordersByReceipt()).get(receipt)).toBe(1)
    const { shift } = await clerk.currentShift("BT-1")
    expect(shift).toMatchObject({ status: "open", opening_float: 400_000 })
    const { report } = await clerk.shiftReport(shift.id)
    expect(report).toMatchObject({ sales_count: 1, expected_cash: 400_000 + v.price })
  })
})
