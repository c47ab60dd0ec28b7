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
    await page.getByLabel("Till id").fill(tillId)
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByRole("button", { name: "Saved" }).waitFor()
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
  await page.getByRole("link", { name: "All synced" }).waitFor({ timeout })
}

/** A few variants Bát Tràng sells with a barcode and plenty in stock, from the clerk's catalogue. */
export async function stockedVariants(backend: string, minimum: number) {
  const token = await userToken(backend, CLERK)
  const { products } = (await (await fetch(`${backend}/pos/catalogue`, { headers: { authorization: `Bearer ${token}` } })).json()) as any
  const found: { barcode: string; variant_id: string; sku: string; price: number; available: number; title: string }[] = []
  for (const p of products) {
    // One variant per product, so a scan adds that line without a choice to make.
    if (p.variants.length !== 1) continue
    const v = p.variants[0]
    if (v.barcode && v.sku && v.available >= minimum && v.price <= 5_000_000) found.push({ barcode: v.barcode, variant_id: v.id, sku: v.sku, price: v.price, available: v.available, title: p.title_en })
  }
  return found.sort((a, b) => b.available - a.available)
}

/** The admin API's view: POS orders by receipt number, and stock levels at Bát Tràng. */
export function adminApi(backend: string) {
  let token = ""
  const get = async (path: string) => {
    token ||= await userToken(backend, "admin@ocop.test")
    const res = await fetch(`${backend}${path}`, { headers: { authorization: `Bearer ${token}` } })
    if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`)
    return (await res.json()) as any
  }
  return {
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
      const { centres } = await get("/admin/ocop/centres")
      const location = centres.find((c: any) => c.handle === "bat-trang").stock_location_id
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
