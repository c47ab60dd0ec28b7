import type { Api } from "./api/client"
import type { Catalogue, CatalogueAnswer } from "./api/types"
import type { PosDb } from "./db"

/**
 * The catalogue (prices, barcodes) and this centre's stock on the device, kept fresh with
 * `GET /pos/catalogue?since=<at of the last answer>`: the backend answers everything (`full`)
 * or only what changed. The stock numbers are a hint for the clerk; the backend decides.
 */
export function mergeCatalogue(previous: Catalogue | undefined, answer: CatalogueAnswer): Catalogue {
  // An older backend answers without `full`: that is the whole catalogue.
  const full = answer.full !== false || !previous
  const byId = new Map(full ? [] : previous.products.map((p) => [p.id, p]))
  for (const p of answer.products) byId.set(p.id, p)
  for (const id of answer.removed ?? []) byId.delete(id)
  const stock = new Map((answer.stock ?? []).map((s) => [s.variant_id, s.available]))
  const products = [...byId.values()].map((p) =>
    p.variants.some((v) => stock.has(v.id)) ? { ...p, variants: p.variants.map((v) => (stock.has(v.id) ? { ...v, available: stock.get(v.id)! } : v)) } : p,
  )
  return { products, at: answer.at }
}

/**
 * Asks for what changed since the stored catalogue and stores the merge. Throws when the
 * backend cannot be reached (the stored catalogue stays as it was).
 */
export async function refreshCatalogue(db: PosDb, api: Pick<Api, "catalogue">): Promise<Catalogue> {
  const previous = await db.read("catalogue")
  const answer = await api.catalogue(previous?.at)
  // Another refresh (another tab) may have stored a newer one meanwhile: merge onto the latest.
  return db.transaction("rw", db.kv, async () => {
    const latest = await db.read("catalogue")
    const base = latest && previous && latest.at !== previous.at && answer.full === false ? latest : previous
    const merged = mergeCatalogue(base, answer)
    await db.write("catalogue", merged)
    return merged
  })
}

/** This till's belief of its stock after a sale or a return here (kept until the next answer). */
export async function adjustCachedStock(db: PosDb, changes: { variant_id: string; delta: number }[]): Promise<Catalogue | undefined> {
  return db.transaction("rw", db.kv, async () => {
    const catalogue = await db.read("catalogue")
    if (!catalogue) return undefined
    const delta = new Map<string, number>()
    for (const c of changes) delta.set(c.variant_id, (delta.get(c.variant_id) ?? 0) + c.delta)
    const next: Catalogue = {
      // The `at` stays the backend's: the next refresh asks for what changed since its last answer.
      at: catalogue.at,
      products: catalogue.products.map((p) => (p.variants.some((v) => delta.has(v.id)) ? { ...p, variants: p.variants.map((v) => ({ ...v, available: v.available + (delta.get(v.id) ?? 0) })) } : p)),
    }
    await db.write("catalogue", next)
    return next
  })
}
