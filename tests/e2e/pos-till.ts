import type { Page } from "playwright-core"
import { userToken } from "./system"

/**
 * The till as a clerk drives it, for the offline e2e runs (pos-offline, pos-chaos): sign in,
 * set up a till id, open a shift, and ring up one sale by scanning (keyboard wedge) and paying
 * cash, VietQR (confirmed by the clerk) or card (last 4 and approval code). The UI is English.
 */
export const CLERK = "clerk.bat-trang@ocop.test"

export async function signIn(page: Page, till: string, tillId?: string) {
  await page.goto(`${till}/sign-in`)
  await page.getByRole("button", { name: "English" }).click()
  await page.getByLabel("E-mail").fill(CLERK)
  await page.getByLabel("Password").fill("ocop-demo")
  await page.getByRole("button", { name: "Sign in" }).click()
  await page.getByRole("heading", { name: "Set a PIN for the till" }).waitFor()
  for (const heading of ["Set a PIN for the till", "Type the PIN again"]) {
    await page.getByRole("heading", { name: heading }).waitFor()
    await page.keyboard.type("2468")
    await page.keyboard.press("Enter")
  }
  await page.getByRole("heading", { name: "Open shift" }).waitFor()
  if (tillId) {
    await page.goto(`${till}/settings`)
    const field = page.getByLabel("Till id")
    // A new device starts as the centre's first till (BT-1): Save stays off for the same id.
    if ((await field.inputValue()) !== tillId) {
      await field.fill(tillId)
      await page.getByRole("button", { name: "Save" }).click()
      await page.getByRole("button", { name: "Saved" }).waitFor()
    }
    await page.goto(`${till}/shift/open`)
  }
  await page.getByLabel("Opening float").fill("500000")
  await page.getByRole("button", { name: "Open shift" }).last().click()
  await page.waitForURL(/\/sell/)
}

/** The shell is cached by the service worker before the network goes: a reload then works offline. */
export async function waitForServiceWorker(page: Page) {
  // A string: this runs in the page, and the tests compile without the DOM library.
  await page.waitForFunction("navigator.serviceWorker && navigator.serviceWorker.controller !== null", null, { timeout: 60_000, polling: 250 })
}

/**
 * Loads every screen's code into the page, as the service worker's cache would have it: for a
 * context that blocks the service worker (so page.route sees every sync request), the screens
 * must be in memory before the network goes. React Router lists them in its manifest.
 */
export async function loadEveryScreen(page: Page) {
  await page.evaluate(`Promise.all(Object.values(window.__reactRouterManifest.routes).map((r) => import(r.module)))`)
}

export type Tender = "cash" | "vietqr" | "card"

/** The catalogue is on the device (IndexedDB) before the network goes, so a scan finds its line. */
export async function waitForCatalogue(page: Page) {
  await page.waitForFunction(
    `new Promise((done) => { const r = indexedDB.open("ocop-pos"); r.onsuccess = () => { const g = r.result.transaction("kv").objectStore("kv").get("catalogue"); g.onsuccess = () => { done(Boolean(g.result && g.result.value.products.length)); r.result.close() } } })`,
    null,
    { timeout: 60_000, polling: 500 },
  )
}

/**
 * One sale of one unit: scan, pay, complete; answers the receipt number the till printed. The
 * scanner types into the focused search box, as a wedge does: on a machine too busy to keep the
 * keystrokes a scan's few ms apart, Enter there still adds the line (sell.tsx).
 */
export async function sellOne(page: Page, barcode: string, tender: Tender): Promise<string> {
  await page.getByRole("searchbox").click()
  await page.keyboard.type(barcode, { delay: 5 })
  await page.keyboard.press("Enter")
  const pay = page.getByRole("link", { name: /^Pay · / })
  await pay.waitFor()
  await pay.click()
  await page.getByRole("heading", { name: "Payment" }).waitFor()
  if (tender === "cash") await page.getByRole("button", { name: /^Exact/ }).click()
  if (tender === "vietqr") {
    await page.getByRole("tab", { name: "VietQR" }).click()
    await page.getByRole("button", { name: "Transfer received" }).click()
  }
  if (tender === "card") {
    await page.getByRole("tab", { name: "Card" }).click()
    await page.getByLabel("Card's last 4 digits").fill("4242")
    await page.getByLabel("Approval code").fill("A1B2C3")
    await page.getByRole("button", { name: "Record the card payment" }).click()
  }
  await page.getByRole("button", { name: "Complete and print the receipt" }).click()
  const title = page.getByRole("heading", { name: /^Receipt / })
  await title.waitFor()
  const receipt = (await title.innerText()).replace("Receipt ", "").trim()
  await page.getByRole("link", { name: "New sale" }).click()
  await page.waitForURL(/\/sell/)
  return receipt
}

/** Offline, on this device's own record: one unit of a one-line sale back, in cash. */
export async function returnOne(page: Page, receipt: string) {
  await page.getByRole("link", { name: "Returns", exact: true }).click()
  await page.getByLabel("Receipt number").fill(receipt)
  await page.getByRole("button", { name: "Find the receipt" }).click()
  await page.getByRole("heading", { name: `Return · receipt ${receipt}` }).waitFor()
  await page.getByRole("button", { name: "All" }).first().click()
  await page.getByRole("radio", { name: "Cash from the drawer" }).click()
  await page.getByRole("button", { name: "Take the return" }).click()
  await page.getByText(/Return taken/).waitFor()
  await page.getByRole("link", { name: "Sell", exact: true }).click()
  await page.waitForURL(/\/sell/)
}

export async function waitForSynced(page: Page, timeout: number) {
  try {
    await page.getByRole("link", { name: "All synced" }).waitFor({ timeout })
  } catch (e) {
    throw new Error(`${(e as Error).message}\nThe till's queue: ${await queueSummary(page)}`)
  }
}

/** The device's queue by status, and the first rows not synced with their attempts and errors: what a failed wait saw. */
export async function queueSummary(page: Page): Promise<string> {
  return page.evaluate(`new Promise((done) => {
    const r = indexedDB.open("ocop-pos")
    r.onsuccess = () => {
      const g = r.result.transaction("sales").objectStore("sales").getAll()
      g.onsuccess = () => {
        const rows = g.result
        const by = {}
        for (const s of rows) by[s.status] = (by[s.status] || 0) + 1
        const open = rows.filter((s) => s.status !== "synced").slice(0, 3).map((s) => ({ receipt: s.receipt_number, attempts: s.attempts, next_in_ms: s.next_attempt_at - Date.now(), error: s.error }))
        r.result.close()
        done(JSON.stringify({ url: location.href, online: navigator.onLine, by, open }))
      }
    }
  })`)
}

/** A few variants Bát Tràng sells with a barcode and plenty in stock, from the clerk's catalogue. */
export async function stockedVariants(backend: string, minimum: number) {
  const token = await userToken(backend, CLERK)
  const { products } = (await (await fetch(`${backend}/pos/catalogue`, { headers: { authorization: `Bearer ${token}` } })).json()) as any
  const found: { barcode: string; variant_id: string; sku: string; price: number; available: number; title: string; handle: string }[] = []
  for (const p of products) {
    // One variant per product, so a scan adds that line without a choice to make.
    if (p.variants.length !== 1) continue
    const v = p.variants[0]
    if (v.barcode && v.sku && v.available >= minimum && v.price <= 5_000_000) found.push({ barcode: v.barcode, variant_id: v.id, sku: v.sku, price: v.price, available: v.available, title: p.title_en, handle: p.handle })
  }
  return found.sort((a, b) => b.available - a.available)
}

/** GETs as a signed-in Medusa user (signed in on first use). */
function signedIn(backend: string, email: string) {
  let token = ""
  const ensure = async () => (token ||= await userToken(backend, email))
  return {
    token: ensure,
    async get(path: string) {
      const res = await fetch(`${backend}${path}`, { headers: { authorization: `Bearer ${await ensure()}` } })
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`)
      return (await res.json()) as any
    },
  }
}

/** The clerk's API, as the till's own calls see it: the till's shift and its report. */
export function clerkApi(backend: string) {
  const { get } = signedIn(backend, CLERK)
  return {
    currentShift: (tillId: string) => get(`/pos/shifts/current?till_id=${encodeURIComponent(tillId)}`),
    shiftReport: (id: string) => get(`/pos/shifts/${encodeURIComponent(id)}/report`),
  }
}

/** The admin API's view: POS orders by receipt number, and stock levels at Bát Tràng. */
export function adminApi(backend: string) {
  const { get, token } = signedIn(backend, "admin@ocop.test")
  const batTrangLocation = async () => {
    const { centres } = await get("/admin/ocop/centres")
    return centres.find((c: any) => c.handle === "bat-trang").stock_location_id as string
  }
  const itemOf = async (sku: string) =>
    (await get(`/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,*location_levels`)).inventory_items[0] as {
      id: string
      location_levels: { location_id: string; stocked_quantity: number; reserved_quantity: number }[]
    }
  /** A stock count as staff record it in the admin. */
  const setStocked = async (itemId: string, locationId: string, stocked: number) => {
    const res = await fetch(`${backend}/admin/inventory-items/${itemId}/location-levels/${locationId}`, {
      method: "POST",
      headers: { authorization: `Bearer ${await token()}`, "content-type": "application/json" },
      body: JSON.stringify({ stocked_quantity: stocked }),
    })
    if (!res.ok) throw new Error(`Setting stock answered ${res.status}: ${await res.text()}`)
  }
  return {
    /** Goods received at Bát Tràng: `more` units of the SKU. */
    async receiveAtBatTrang(sku: string, more: number) {
      const [item, location] = await Promise.all([itemOf(sku), batTrangLocation()])
      const level = item.location_levels.find((l) => l.location_id === location)!
      await setStocked(item.id, location, level.stocked_quantity + more)
    },
    /** Leaves `free` units of the SKU at Bát Tràng and none at any other centre (stocked = reserved there). */
    async onlyAtBatTrang(sku: string, free: number) {
      const [item, location] = await Promise.all([itemOf(sku), batTrangLocation()])
      for (const l of item.location_levels) await setStocked(item.id, l.location_id, l.reserved_quantity + (l.location_id === location ? free : 0))
    },
    /** The conflicts staff see in the admin (GET /admin/ocop/pos-conflicts). */
    async conflicts(): Promise<any[]> {
      return (await get("/admin/ocop/pos-conflicts?status=all")).conflicts
    },
    /** Whether an order with this display number exists (a web order's confirmation shows it). */
    async orderExists(displayId: string): Promise<boolean> {
      const { orders } = await get(`/admin/orders?fields=id,display_id&limit=50&order=-created_at`)
      return orders.some((o: any) => String(o.display_id) === displayId)
    },
    /** How many orders carry each receipt number (POS orders keep it in metadata). */
    async ordersByReceipt(): Promise<Map<string, number>> {
      const counts = new Map<string, number>()
      for (let offset = 0; ; offset += 200) {
        const { orders, count } = await get(`/admin/orders?fields=id,metadata&limit=200&offset=${offset}`)
        for (const o of orders) {
          const n = o.metadata?.receipt_number
          if (n) counts.set(n, (counts.get(n) ?? 0) + 1)
        }
        if (offset + 200 >= count) return counts
      }
    },
    /** Stocked minus reserved at Bát Tràng's location, by SKU. */
    async availableAtBatTrang(skus: string[]): Promise<Map<string, number>> {
      const location = await batTrangLocation()
      const out = new Map<string, number>()
      for (const sku of skus) {
        const { inventory_items } = await get(`/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,sku,*location_levels`)
        const level = inventory_items[0]?.location_levels?.find((l: any) => l.location_id === location)
        out.set(sku, level ? level.stocked_quantity - level.reserved_quantity : NaN)
      }
      return out
    },
  }
}
