import type { CatalogueProduct, CatalogueVariant, SearchHit } from "./api/types"

/** Vietnamese folded for matching: no diacritics, đ as d, lower case ("Bát Tràng" → "bat trang"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase()
}

export type Sellable = { product: CatalogueProduct; variant: CatalogueVariant }

/** The variant a scanned or typed code names: its barcode (EAN) or its SKU, exactly. */
export function findByCode(products: readonly CatalogueProduct[], code: string): Sellable | null {
  const c = code.trim()
  if (!c) return null
  for (const product of products) {
    const variant = product.variants.find((v) => v.barcode === c) ?? product.variants.find((v) => v.sku !== null && v.sku.toLowerCase() === c.toLowerCase())
    if (variant) return { product, variant }
  }
  return null
}

/**
 * The code a scan meant. A busy device can split a scan typed into the search box (one gap
 * longer than a scanner's few ms), so the detector sees only its tail: when that tail names
 * nothing and the box's whole text, ending with it, is a code, the whole text was the scan.
 */
export function scannedCode(products: readonly CatalogueProduct[], detected: string, boxText: string): string {
  const typed = boxText.trim()
  if (typed !== detected && typed.endsWith(detected) && !findByCode(products, detected) && findByCode(products, typed)) return typed
  return detected
}

/** The catalogue prepared for typing: one folded line of words per product. */
export function indexCatalogue(products: readonly CatalogueProduct[]) {
  return products.map((product) => ({
    product,
    words: fold([product.title_vi, product.title_en, product.producer?.name ?? "", ...product.variants.flatMap((v) => [v.title ?? "", v.sku ?? "", v.barcode ?? ""])].join(" ")),
    title: fold(product.title_vi),
  }))
}
export type CatalogueIndex = ReturnType<typeof indexCatalogue>

/**
 * Products whose words hold every word typed (accents or not), those whose Vietnamese title
 * starts with the first word first. Instant and offline; the backend search adds typo-tolerant
 * matches a moment later.
 */
export function searchLocal(index: CatalogueIndex, q: string, limit = 24): CatalogueProduct[] {
  const words = fold(q).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const hits = index.filter((e) => words.every((w) => e.words.includes(w)))
  const first = words[0]!
  hits.sort((a, b) => Number(b.title.startsWith(first)) - Number(a.title.startsWith(first)))
  return hits.slice(0, limit).map((e) => e.product)
}

/**
 * Local matches first, then the backend's hits the local list lacks. A hit known to the local
 * catalogue is taken from it (it has each variant's stock here); an unknown one is made into a
 * product from the hit, with the centre's stock as its only figure.
 */
export function mergeHits(local: readonly CatalogueProduct[], hits: readonly SearchHit[], catalogue: readonly CatalogueProduct[], centre: string): CatalogueProduct[] {
  const byId = new Map(catalogue.map((p) => [p.id, p]))
  const seen = new Set(local.map((p) => p.id))
  const out = [...local]
  for (const hit of hits) {
    if (seen.has(hit.id)) continue
    seen.add(hit.id)
    out.push(byId.get(hit.id) ?? productFromHit(hit, centre))
  }
  return out
}

function productFromHit(hit: SearchHit, centre: string): CatalogueProduct {
  const available = hit.availability.find((a) => a.centre.handle === centre)?.available ?? 0
  return {
    id: hit.id,
    handle: hit.handle,
    title_vi: hit.title,
    title_en: hit.title,
    thumbnail: hit.thumbnail,
    stars: hit.ocop?.stars ?? null,
    producer: hit.producer,
    variants: hit.variants.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      barcode: v.barcode,
      price: v.price?.amount ?? hit.price?.amount ?? 0,
      // The search gives stock per centre, not per variant: a hint until the catalogue refreshes.
      available,
    })),
  }
}

/** All of a product's stock at this centre. */
export function stockOf(product: CatalogueProduct): number {
  return product.variants.reduce((s, v) => s + Math.max(0, v.available), 0)
}
