import type { CatalogueProduct } from "./api/types"

/**
 * The favourites grid: this till's pinned products, in the order pinned; with none pinned, its
 * best sellers (units in the sales kept on this device), then the catalogue's first products,
 * up to `size`. Pinned products that left the catalogue are skipped.
 */
export function favouriteProducts(
  catalogue: readonly CatalogueProduct[],
  pinned: readonly string[],
  sold: readonly { product_id: string; quantity: number }[],
  size = 12,
): CatalogueProduct[] {
  const byId = new Map(catalogue.map((p) => [p.id, p]))
  if (pinned.length > 0) return pinned.map((id) => byId.get(id)).filter((p): p is CatalogueProduct => Boolean(p)).slice(0, size)
  const units = new Map<string, number>()
  for (const s of sold) units.set(s.product_id, (units.get(s.product_id) ?? 0) + s.quantity)
  const best = [...units.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => byId.get(id)).filter((p): p is CatalogueProduct => Boolean(p))
  const chosen = new Set(best.map((p) => p.id))
  return [...best, ...catalogue.filter((p) => !chosen.has(p.id))].slice(0, size)
}

export function togglePin(pinned: readonly string[], productId: string): string[] {
  return pinned.includes(productId) ? pinned.filter((id) => id !== productId) : [...pinned, productId]
}
