/**
 * A counter sale staff must look at, kept on its pos_sale row (INVARIANTS 3: an offline sale
 * that syncs after the stock is gone is kept and flagged, never dropped):
 * - "stock": sold offline, and the centre's stock did not cover every line when it synced; its
 *   reservation was made in full all the same, so availability is at or below zero at once;
 * - "receipt_number": another device had already used the till's receipt number (two devices set
 *   up as one till while offline), so the sale is stored as "<number>/2" (or /3, ...).
 * A sale with both is "stock", and still says what it was renumbered from.
 */
export type ConflictLine = { variant_id: string; title: string; wanted: number; available: number }

export type PosConflict = {
  kind: "stock" | "receipt_number"
  lines: ConflictLine[]
  /** The receipt number the till printed, when the sale is stored under another. */
  renumbered_from: string | null
  status: "open" | "resolved"
  flagged_at: string
  resolved_at: string | null
  resolved_by: { id: string; email: string | null } | null
  note: string | null
}

function opened(kind: PosConflict["kind"], lines: ConflictLine[], renumberedFrom: string | null): PosConflict {
  return { kind, lines, renumbered_from: renumberedFrom, status: "open", flagged_at: new Date().toISOString(), resolved_at: null, resolved_by: null, note: null }
}

export function receiptNumberConflict(sent: string): PosConflict {
  return opened("receipt_number", [], sent)
}

/** The sale's conflict once its stock shortfall is known: none stays none. */
export function withShortages(conflict: PosConflict | null, shortages: ConflictLine[]): PosConflict | null {
  if (!shortages.length) return conflict
  return opened("stock", shortages, conflict?.renumbered_from ?? null)
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
  }
}

export type ConflictView = ReturnType<typeof conflictView>
