import { hanoiDay } from "@ocop/money"

/** Shapes of the producer API's answers that the pages read (docs/producer-api.md). */
export type Centre = { handle: string; name_vi: string; name_en: string }
export type Sales = {
  from: string
  to: string
  totals: { orders: number; units: number; revenue: number }
  series: { date: string; revenue: number; units: number }[]
  by_product: { product_id: string; title_vi: string; title_en: string; units: number; revenue: number }[]
  by_centre: { centre: Centre; channel: "web" | "counter"; units: number; revenue: number }[]
}

/** The last 30 Hanoi days, today included: what the dashboard asks for. */
export function last30Days(now = new Date()): { from: string; to: string } {
  const to = hanoiDay(now)
  const from = new Date(`${to}T00:00:00Z`)
  from.setUTCDate(from.getUTCDate() - 29)
  return { from: from.toISOString().slice(0, 10), to }
}

/** The month before this one in Hanoi, YYYY-MM: the statement a producer most often wants. */
export function lastMonth(now = new Date()): string {
  const [y, m] = hanoiDay(now).split("-").map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`
}

export type ListingStatus = "draft" | "submitted" | "approved" | "rejected"
export type ListingVariant = { title: string; sku: string; barcode: string; price: number }
export type Certificate = { url: string; filename: string; mime_type: string; size: number }
export type Listing = {
  id: string
  product_id: string | null
  status: ListingStatus
  title_vi: string
  title_en: string
  description_vi: string
  description_en: string
  images: string[]
  variants: ListingVariant[]
  certificate: Certificate | null
  review_comment: string | null
  submitted_at: string | null
  reviewed_at: string | null
  created_at: string
  updated_at: string
}
export type LiveProduct = {
  id: string
  handle: string
  title_vi: string
  title_en: string
  status: string
  thumbnail: string | null
  variants: { id: string; title: string; sku: string; barcode: string; price: number }[]
  ocop: { stars: number; status: string; expiry_date: string | null } | null
}

export type StockCentre = {
  centre: Centre
  variants: { variant_id: string; product_id: string; title_vi: string; title_en: string; sku: string; stocked: number; reserved: number; available: number }[]
}
export type Delivery = {
  id: string
  centre: Centre
  status: "proposed" | "received" | "cancelled"
  lines: { variant_id: string; title_vi: string; sku: string; quantity: number; received_quantity: number | null }[]
  note: string | null
  created_at: string
  received_at: string | null
}

/** A statement row as the page shows it. */
export type StatementRow = { centre: Centre; sales: number; commission_percent: number | null; commission: number; owed: number }
type RawRow = { centre: Centre; sales?: number; revenue?: number; commission_percent?: number; commission?: number; owed?: number; payable?: number }

/**
 * The month's settlement, read leniently: the contract names what it holds (per centre: sales,
 * the centre's commission, what is owed) but not the field names, which the backend is writing
 * now. `sales` or `revenue`, `owed` or `payable`, wrapped in `statement` or not.
 */
export function statementRows(answer: unknown): { rows: StatementRow[]; totals: { sales: number; commission: number; owed: number } } {
  const body = ((answer as { statement?: unknown })?.statement ?? answer) as { centres?: RawRow[]; lines?: RawRow[] }
  const raw = body?.centres ?? body?.lines ?? []
  const rows = raw.map((r) => {
    const sales = r.sales ?? r.revenue ?? 0
    const commission = r.commission ?? 0
    return { centre: r.centre, sales, commission_percent: r.commission_percent ?? null, commission, owed: r.owed ?? r.payable ?? sales - commission }
  })
  const sum = (k: "sales" | "commission" | "owed") => rows.reduce((n, r) => n + r[k], 0)
  return { rows, totals: { sales: sum("sales"), commission: sum("commission"), owed: sum("owed") } }
}
