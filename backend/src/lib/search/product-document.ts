import type { ProductOcop } from "../product-ocop"
import { fold } from "./fold"

const DAY_MS = 24 * 60 * 60 * 1000

type DocumentVariant = { id: string; title: string | null; sku: string | null; barcode: string | null; price: number | null }

/** One product's search document, from its product row and its OCOP data (pure). */
export function productDocument(p: any, ocop: ProductOcop | undefined, centreNames: Map<string, { vi: string; en: string | null }>) {
  const variants: DocumentVariant[] = (p.variants ?? []).map((v: any) => ({
    id: v.id as string,
    title: (v.title as string) ?? null,
    sku: (v.sku as string) ?? null,
    barcode: (v.barcode as string) || (v.ean as string) || null,
    price: vndPrice(v),
  }))
  const prices = variants.map((v) => v.price).filter((n): n is number => n !== null)
  const availability = ocop?.availability ?? []
  const centres = availability.map((a) => a.centre.handle)
  const tags = (p.tags ?? []).map((t: any) => t.value as string).filter(Boolean)
  const doc = {
    id: p.id as string,
    handle: p.handle as string,
    title_vi: p.title as string,
    title_en: (p.metadata?.title_en as string) ?? null,
    description_vi: (p.description as string) ?? null,
    description_en: (p.metadata?.description_en as string) ?? null,
    tags,
    skus: variants.map((v) => v.sku).filter((s): s is string => !!s),
    barcodes: [...new Set((p.variants ?? []).flatMap((v: any) => [v.barcode, v.ean]).filter(Boolean))] as string[],
    producer: ocop?.producer?.handle ?? null,
    producer_name: ocop?.producer?.name ?? null,
    village: ocop?.village?.handle ?? null,
    village_name: ocop?.village?.name ?? null,
    centres,
    centre_names: centres.flatMap((h) => [centreNames.get(h)?.vi, centreNames.get(h)?.en].filter((n): n is string => !!n)),
    in_stock_at: availability.filter((a) => a.available > 0).map((a) => a.centre.handle),
    stock: availability.map((a) => ({
      centre: a.centre.handle,
      name_vi: centreNames.get(a.centre.handle)?.vi ?? a.centre.handle,
      name_en: centreNames.get(a.centre.handle)?.en ?? null,
      available: a.available,
    })),
    folded: "",
    stars: ocop?.stars ?? null,
    group: ocop?.group ?? null,
    certified: Boolean(ocop?.expiry_date),
    certificate_number: ocop?.certificate_number ?? null,
    issuing_level: ocop?.issuing_level ?? null,
    valid_until: ocop?.expiry_date ? Date.parse(`${ocop.expiry_date}T00:00:00Z`) + DAY_MS : null,
    price: prices.length ? Math.min(...prices) : null,
    price_max: prices.length ? Math.max(...prices) : null,
    variants,
    thumbnail: (p.thumbnail as string) ?? null,
    sales_channel_ids: (p.sales_channels ?? []).map((s: any) => s.id as string),
    created_at: new Date(p.created_at).getTime(),
  }
  doc.folded = fold(
    [doc.title_vi, doc.title_en, doc.producer_name, doc.village_name, ...doc.centre_names, ...tags]
      .filter(Boolean)
      .join(" ")
  )
  return doc
}

/** The variant's list price in VND: whole đồng, since VND has no minor unit. */
function vndPrice(variant: any): number | null {
  const price = (variant.prices ?? []).find((pr: any) => String(pr.currency_code).toLowerCase() === "vnd")
  return price ? Math.round(Number(price.amount)) : null
}
