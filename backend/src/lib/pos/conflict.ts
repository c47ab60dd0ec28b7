/**
 * A counter sale staff must look at, kept on its pos_sale row (INVARIANTS 3: an offline sale
 * that syncs after the stock is gone is kept and flagged, never dropped). A sale made offline
 * happened in the real world, so nothing the catalogue did meanwhile refuses it; what differs is
 * flagged instead:
 * - "stock": the centre's stock did not cover every line when it synced; its reservation was
 *   made in full all the same, so availability is at or below zero at once (`lines`);
 * - "withdrawn": a product was taken off sale at this counter (certificate expired, unpublished,
 *   deleted) after the till last saw it (`withdrawn`);
 * - "price": the price changed after the till last saw it; the customer paid the till's price
 *   (`prices`);
 * - "receipt_number": another device had already used the till's receipt number (two devices set
 *   up as one till while offline), so the sale is stored as "<number>/2" (or /3, ...).
 * `kind` is the most serious of those present, in that order; every list says its own part.
 */
export type ConflictLine = { variant_id: string; title: string; wanted: number; available: number }
export type PriceLine = { variant_id: string; title: string; sold_price: number; current_price: number | null }
export type WithdrawnLine = { variant_id: string; title: string }
/** What an offline sale met in the catalogue when it synced (prepare-pos-sale). */
export type CatalogueIssues = { prices: PriceLine[]; withdrawn: WithdrawnLine[] }

export type ConflictKind = "stock" | "withdrawn" | "price" | "receipt_number"

export type PosConflict = {
  kind: ConflictKind
  lines: ConflictLine[]
  prices: PriceLine[]
  withdrawn: WithdrawnLine[]
  /** The receipt number the till printed, when the sale is stored under another. */
  renumbered_from: string | null
  status: "open" | "resolved"
  flagged_at: string
  resolved_at: string | null
  resolved_by: { id: string; email: string | null } | null
  note: string | null
}

type Parts = Pick<PosConflict, "lines" | "prices" | "withdrawn" | "renumbered_from">

function kindOf(p: Parts): ConflictKind | null {
  if (p.lines.length) return "stock"
  if (p.withdrawn.length) return "withdrawn"
  if (p.prices.length) return "price"
  return p.renumbered_from ? "receipt_number" : null
}

function opened(p: Parts): PosConflict | null {
  const kind = kindOf(p)
  if (!kind) return null
  return { kind, ...p, status: "open", flagged_at: new Date().toISOString(), resolved_at: null, resolved_by: null, note: null }
}

/** The sale's conflict as it is recorded: a receipt number taken, and what the catalogue changed. */
export function recordedConflict(renumberedFrom: string | null, issues: CatalogueIssues = { prices: [], withdrawn: [] }): PosConflict | null {
  return opened({ lines: [], prices: issues.prices, withdrawn: issues.withdrawn, renumbered_from: renumberedFrom })
}

export function receiptNumberConflict(sent: string): PosConflict {
  return recordedConflict(sent)!
}

/** The sale's conflict once its stock shortfall is known: none stays none. */
export function withShortages(conflict: PosConflict | null, shortages: ConflictLine[]): PosConflict | null {
  if (!shortages.length) return conflict
  return opened({ lines: shortages, prices: conflict?.prices ?? [], withdrawn: conflict?.withdrawn ?? [], renumbered_from: conflict?.renumbered_from ?? null })
}

export function resolved(conflict: PosConflict, by: { id: string; email: string | null }, note: string | null): PosConflict {
  return { ...conflict, status: "resolved", resolved_at: new Date().toISOString(), resolved_by: by, note }
}

/** A receipt number with its device suffix: BT1-000042 → BT1-000042/2, /3, ... */
export function renumbered(receiptNumber: string, attempt: number): string {
  return `${receiptNumber}/${attempt + 1}`
}

type Centre = { handle: string; name_vi: string; name_en: string }

/** One conflict as the till and the admin list it. */
export function conflictView(sale: Record<string, any>, centre: Centre | null) {
  const c = sale.conflict as PosConflict
  return {
    sale_id: sale.id as string,
    client_id: sale.client_id as string,
    receipt_number: sale.receipt_number as string,
    order_id: (sale.order_id as string | null) ?? null,
    till_id: sale.till_id as string,
    sold_at: new Date(sale.sold_at).toISOString(),
    total: sale.total as number,
    offline: !!sale.offline,
    centre: centre ? { handle: centre.handle, name_vi: centre.name_vi, name_en: centre.name_en } : null,
    ...c,
    // Conflicts flagged before prices and withdrawals were kept have neither list.
    prices: c.prices ?? [],
    withdrawn: c.withdrawn ?? [],
  }
}

export type ConflictView = ReturnType<typeof conflictView>
