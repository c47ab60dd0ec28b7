import path from "node:path"
import { deflateSync } from "node:zlib"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { waitForHttp } from "../start/start-process"
import { launchChromium } from "./browser"
import { e2eSystem, shotsDir } from "./system"

/**
 * The producer area (issue 8) in Chromium against a real `npm start`: a producer signs in to
 * the storefront's producer area on a phone and proposes a product with a photo and its OCOP
 * certificate; centre staff approve it from the admin's review queue, recording the stars the
 * certificate shows; the product is then found by search and shown on the storefront.
 */
const system = e2eSystem("producer", { backend: 9270, storefront: 3070, pos: 3071, postgres: 5445 })
const shop = system.storefront
const base = system.backend
const title = `Bình gốm men lam Quetzal ${Date.now().toString(36)}`
const titleEn = `Quetzal blue-glaze vase ${Date.now().toString(36)}`
let browser: Browser
let phone: Page
let admin: Page

/** A small valid PNG (4×4, one colour), made here rather than shipped. */
function png(): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0
    for (const b of buf) {
      c ^= b
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
    }
    return ~c >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(4, 0)
  header.writeUInt32BE(4, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, ...Array.from({ length: 4 }, () => [30, 80, 160]).flat()])))
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))])
}

/** A one-page PDF: enough for the upload's type check and a link staff open. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

beforeAll(async () => {
  await system.start()
  await waitForHttp(`${shop}/vi`)
  browser = await launchChromium()
  phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" })).newPage()
  admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await system.stop()
})

describe("producer area: propose, approve, on sale", () => {
  it("lets a producer sign in on a phone and propose a product with a photo and the certificate", async () => {
    await phone.goto(`${shop}/en/producer/login`)
    await phone.locator('input[name="email"]').fill("producer.htx-gom-su-bat-trang@ocop.test")
    await phone.locator('input[name="password"]').fill("ocop-demo")
    await phone.getByRole("button", { name: "Log in" }).click()
    await phone.getByRole("heading", { name: "Sales overview" }).waitFor()
    await phone.screenshot({ path: path.join(shotsDir, "producer-dashboard.png"), fullPage: true })

    await phone.goto(`${shop}/en/producer/listings/new`)
    await phone.locator('input[name="title_vi"]').fill(title)
    await phone.locator('input[name="title_en"]').fill(titleEn)
    await phone.locator('textarea[name="description_vi"]').fill("Bình gốm men lam vẽ tay, nung 1.250°C tại Bát Tràng.")
    await phone.locator('textarea[name="description_en"]').fill("Hand-painted blue-glaze vase, fired at 1,250°C in Bát Tràng.")
    await phone.locator('input[name="variant_title_0"]').fill("Cao 30 cm")
    await phone.locator('input[name="variant_price_0"]').fill("680000")
    await phone.locator('input[name="variant_sku_0"]').fill(`QZ-${Date.now().toString(36).toUpperCase()}`)
    await phone.locator('input[name="variant_barcode_0"]').fill("8936000123451")
    await phone.locator('input[name="image_files"]').setInputFiles({ name: "binh-gom.png", mimeType: "image/png", buffer: png() })
    await phone.locator('input[name="certificate_file"]').setInputFiles({ name: "chung-nhan-ocop.pdf", mimeType: "application/pdf", buffer: PDF })
    await phone.screenshot({ path: path.join(shotsDir, "producer-listing-form.png"), fullPage: true })
    await phone.getByRole("button", { name: "Submit for review" }).click()
    await phone.getByText("Proposal sent.").waitFor({ timeout: 60_000 })

    await phone.goto(`${shop}/en/producer/products`)
    const row = phone.getByText(titleEn).or(phone.getByText(title)).first()
    await row.waitFor()
    await phone.getByText("Awaiting review").first().waitFor()
  })

  it("lets centre staff approve it from the admin's review queue, with the certificate's stars", async () => {
    await admin.goto(`${base}/app/login`, { timeout: 240_000 })
    await admin.locator('input[name="email"]').waitFor({ timeout: 240_000 })
    await admin.fill('input[name="email"]', "admin@ocop.test")
    await admin.fill('input[name="password"]', "ocop-demo")
    await admin.click('button[type="submit"]')
    await admin.waitForURL((u) => !u.pathname.includes("/login"), { timeout: 120_000 })

    await admin.goto(`${base}/app/listings`, { timeout: 120_000 })
    const row = admin.getByRole("row").filter({ hasText: title })
    await row.waitFor({ timeout: 120_000 })
    await row.getByRole("button", { name: "Duyệt (Review)" }).click()
    const drawer = admin.getByRole("dialog")
    await drawer.getByText("chung-nhan-ocop", { exact: false }).first().waitFor()

    const choose = async (label: string, option: string | RegExp) => {
      await drawer.getByLabel(label).click()
      await admin.getByRole("option", { name: option }).click()
    }
    await choose("Hạng sao (Stars)", /4 sao/)
    await choose("Nhóm sản phẩm (Group)", "Thủ công mỹ nghệ (Handicraft)")
    await drawer.getByLabel("Số quyết định (Decision no.)").fill("4682/QĐ-UBND")
    await choose("Cấp công nhận (Issuing level)", "Cấp thành phố (City)")
    await drawer.getByLabel("Ngày cấp (Issue date)").fill("2026-09-12")
    await admin.screenshot({ path: path.join(shotsDir, "admin-review-listing.png"), fullPage: true })
    await drawer.getByRole("button", { name: "Duyệt (Approve)" }).click()
    await drawer.waitFor({ state: "hidden", timeout: 60_000 })
  })

  it("is found by search and shown on the storefront with its OCOP stars", async () => {
    // The search index follows the catalogue through events: allow it a few seconds.
    await expect
      .poll(
        async () => {
          await phone.goto(`${shop}/en/search?q=${encodeURIComponent("Quetzal")}`)
          return phone.locator(".grid .card").filter({ hasText: /Quetzal/ }).count()
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBeGreaterThan(0)
    await phone.screenshot({ path: path.join(shotsDir, "producer-product-in-search.png"), fullPage: true })
    await phone.locator(".grid .card").filter({ hasText: /Quetzal/ }).first().locator("a").first().click()
    await phone.waitForURL(/\/en\/products\//)
    await phone.getByRole("heading", { name: titleEn }).waitFor()
    await phone.getByRole("heading", { name: "OCOP certificate" }).waitFor()
    await phone.getByText("4682/QĐ-UBND").first().waitFor()
    await phone.screenshot({ path: path.join(shotsDir, "producer-product-page.png"), fullPage: true })
  })
})
