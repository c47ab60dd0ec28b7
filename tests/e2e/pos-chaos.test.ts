import path from "node:path"
import type { Browser, BrowserContext, Page, Route } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { waitForHttp } from "../start/start-process"
import { launchChromium } from "./browser"
import { adminApi, loadEveryScreen, sellOne, signIn, stockedVariants, waitForCatalogue, waitForSynced, type Tender } from "./pos-till"
import { e2eSystem, shotsDir } from "./system"

/**
 * Three tills of Bát Tràng (three browser contexts, BT-1 … BT-3; BT-3 with two tabs) sell 300
 * sales offline through the UI, then come back online while the network misbehaves: some sync
 * answers never reach the till (the request reaches the backend, its answer is dropped), some
 * requests reach the backend twice, one till reloads half-way through its sync, and both tabs of
 * BT-3 are open while it syncs (only one may send: Web Locks). The admin API must then hold
 * exactly 300 orders, one per receipt, and Bát Tràng's stock must have moved once per sale.
 */
const system = e2eSystem("pos-chaos", { backend: 9260, storefront: 3060, pos: 3061, postgres: 5444 })
const backend = system.backend
const till = system.pos
const admin = adminApi(backend)
const PER_TILL = Number(process.env.OCOP_CHAOS_PER_TILL || 100)
let browser: Browser

type Till = { id: string; context: BrowserContext; pages: Page[]; receipts: string[]; dropped: number; doubled: number; inFlight: number; most: number; firstDrop: Promise<void> }
const tills: Till[] = []

beforeAll(async () => {
  await system.start()
  await waitForHttp(`${till}/sign-in`)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await system.stop()
})

/**
 * The sync requests of one till, made unreliable: the 1st, 4th, 7th … reach the backend and their
 * answer is dropped; the 2nd, 6th, 10th … (of the rest) are sent to the backend twice. Counts how many are in flight at
 * once across the till's tabs: the Web Lock must keep it at one.
 */
async function chaos(t: Till, onFirstDrop: () => void) {
  let n = 0
  await t.context.route(/\/pos\/sales(\/batch)?(\?|$)/, async (route: Route) => {
    if (route.request().method() !== "POST") return route.continue()
    const i = ++n
    t.most = Math.max(t.most, ++t.inFlight)
    try {
      if (i % 3 === 1) {
        await route.fetch()
        t.dropped++
        onFirstDrop()
        return await route.abort("connectionreset")
      }
      if (i % 4 === 2) {
        await route.fetch()
        t.doubled++
      }
      const response = await route.fetch()
      await route.fulfill({ response })
    } finally {
      t.inFlight--
    }
  })
}

describe("POS chaos: 300 offline sales on three tills, synced through dropped answers, duplicates, a reload and two tabs", () => {
  let variants: Awaited<ReturnType<typeof stockedVariants>> = []
  let before = new Map<string, number>()
  const plan: string[] = []

  it("opens three tills (BT-3 with two tabs) and takes them offline", async () => {
    variants = (await stockedVariants(backend, 3)).slice(0, 10)
    expect(variants.length).toBe(10)
    // Enough received beforehand that no sale is short: no conflicts, so stock moves once per sale.
    const each = Math.ceil((3 * PER_TILL) / variants.length)
    for (const v of variants) await admin.receiveAtBatTrang(v.sku, each)
    for (let i = 0; plan.length < 3 * PER_TILL; i++) plan.push(variants[i % variants.length]!.sku)
    before = await admin.availableAtBatTrang(variants.map((v) => v.sku))

    for (const id of ["BT-1", "BT-2", "BT-3"]) {
      // No service worker here: page.route must see every request (the offline reload is pos-offline's).
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: "en-US", serviceWorkers: "block" })
      const page = await context.newPage()
      await signIn(page, till, id)
      await waitForCatalogue(page)
      await loadEveryScreen(page)
      let dropped!: () => void
      const firstDrop = new Promise<void>((r) => (dropped = r))
      const t: Till = { id, context, pages: [page], receipts: [], dropped: 0, doubled: 0, inFlight: 0, most: 0, firstDrop }
      await chaos(t, () => dropped())
      tills.push(t)
    }
    const second = await tills[2]!.context.newPage()
    await second.goto(`${till}/sales`)
    await second.getByRole("heading", { name: "Sales history" }).waitFor()
    await loadEveryScreen(second)
    tills[2]!.pages.push(second)
    for (const t of tills) await t.context.setOffline(true)
  })

  it(`sells ${PER_TILL} sales offline on each till, through the UI`, async () => {
    const tenders: Tender[] = ["cash", "vietqr", "card"]
    const barcode = new Map(variants.map((v) => [v.sku, v.barcode]))
    const t0 = Date.now()
    await Promise.all(
      tills.map(async (t, k) => {
        // The clerk sells in the first tab: a tab in the background has its timers slowed to a crawl.
        await t.pages[0]!.bringToFront()
        for (let i = 0; i < PER_TILL; i++) t.receipts.push(await sellOne(t.pages[0]!, barcode.get(plan[k * PER_TILL + i]!)!, tenders[i % 3]!))
      }),
    )
    console.log(`${3 * PER_TILL} offline sales through the UI in ${((Date.now() - t0) / 1000).toFixed(0)} s`)
    const all = tills.flatMap((t) => t.receipts)
    expect(new Set(all).size).toBe(3 * PER_TILL)
    for (const t of tills) await t.pages[0]!.getByText(`Offline · ${PER_TILL}/300 waiting`).waitFor()
  }, 1_800_000)

  it("syncs every till through dropped answers, duplicate sends, a reload half-way and two open tabs", async () => {
    const t0 = Date.now()
    for (const t of tills) await t.context.setOffline(false)
    // BT-1 reloads once its first answer has been lost, half-way through its sync.
    await Promise.race([tills[0]!.firstDrop, new Promise((_, fail) => setTimeout(() => fail(new Error("BT-1 sent no sync request within 60 s")), 60_000))])
    await tills[0]!.pages[0]!.reload()
    await tills[2]!.pages[1]!.screenshot({ path: path.join(shotsDir, "pos-chaos-second-tab.png"), fullPage: true })
    await Promise.all(tills.flatMap((t) => t.pages.map((p) => waitForSynced(p, 60_000 + PER_TILL * 4_000))))
    console.log(`${3 * PER_TILL} offline sales synced in ${((Date.now() - t0) / 1000).toFixed(0)} s;`, tills.map((t) => `${t.id}: ${t.dropped} answers dropped, ${t.doubled} sent twice, at most ${t.most} in flight`).join("; "))
    for (const t of tills) {
      expect(t.dropped).toBeGreaterThan(0)
      expect(t.doubled).toBeGreaterThan(0)
      expect(t.most).toBe(1)
    }
  }, 1_200_000)

  it("leaves exactly 300 orders, one per receipt, and stock moved once per sale", async () => {
    const orders = await admin.ordersByReceipt()
    const all = tills.flatMap((t) => t.receipts)
    const counts = all.map((r) => orders.get(r) ?? 0)
    expect({ lost: counts.filter((c) => c === 0).length, duplicated: counts.filter((c) => c > 1).length, orders: [...orders.keys()].filter((r) => /^BT[123]-/.test(r)).length }).toEqual({
      lost: 0,
      duplicated: 0,
      orders: 3 * PER_TILL,
    })
    const sold = new Map<string, number>()
    for (const sku of plan) sold.set(sku, (sold.get(sku) ?? 0) + 1)
    const expected = Object.fromEntries(variants.map((v) => [v.sku, before.get(v.sku)! - (sold.get(v.sku) ?? 0)]))
    await expect.poll(async () => Object.fromEntries(await admin.availableAtBatTrang(variants.map((v) => v.sku))), { timeout: 60_000 }).toEqual(expected)
  })
})
