import { ProductStatus } from "@medusajs/framework/utils"
import { fold } from "../../lib/search/fold"
import type { ApprovalContext } from "./steps/load-approval-context"
import type { ListingVariant, StoredListing } from "./types"

/** Approximate USD list prices for the international region, as the seed sets them (26,000 ₫ per dollar). */
const VND_PER_USD = 26_000
const DEFAULT_OPTION = { title: "Default option", values: ["Default option value"] }
const VARIANT_OPTION = "Phân loại"

export function listingPrices(price: number) {
  return [
    { currency_code: "vnd", amount: price },
    { currency_code: "usd", amount: Math.max(1, Math.round(price / (VND_PER_USD / 100)) / 100) },
  ]
}

/** A readable, unique handle: the folded Vietnamese title plus the listing's id tail. */
function handleFor(listing: StoredListing) {
  const base = fold(listing.title_vi).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60)
  return `${base || "san-pham"}-${listing.id.slice(-6).toLowerCase()}`
}

/** One option is enough: a single variant takes the seed's default option, several are told
 *  apart by their titles (the validator keeps them unique). */
function optionsFor(variants: ListingVariant[]) {
  if (variants.length === 1) return { options: [DEFAULT_OPTION], value: () => ({ [DEFAULT_OPTION.title]: DEFAULT_OPTION.values[0]! }) }
  return {
    options: [{ title: VARIANT_OPTION, values: variants.map((v) => v.title) }],
    value: (v: ListingVariant) => ({ [VARIANT_OPTION]: v.title }),
  }
}

/** createProductsWorkflow's input for a new-product listing, shaped like the seed's products. */
export function newProductInput(listing: StoredListing, context: ApprovalContext) {
  const { options, value } = optionsFor(listing.variants)
  return {
    title: listing.title_vi,
    handle: handleFor(listing),
    description: listing.description_vi,
    status: ProductStatus.PUBLISHED,
    thumbnail: listing.images[0] ?? null,
    images: listing.images.map((url) => ({ url })),
    options,
    shipping_profile_id: context.shipping_profile_id,
    sales_channels: [{ id: context.online_channel_id }],
    metadata: {
      // Which proposal made it: staff (and tests) tell producers' products from the seeded catalogue.
      listing_id: listing.id,
      title_en: listing.title_en,
      description_en: listing.description_en,
      option_titles_en: { [options[0]!.title]: options[0]!.title === VARIANT_OPTION ? "Variant" : DEFAULT_OPTION.title },
    },
    variants: listing.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      barcode: v.barcode ?? undefined,
      ean: v.barcode ?? undefined,
      manage_inventory: true,
      options: value(v),
      prices: listingPrices(v.price),
    })),
  }
}

/** updateProductsWorkflow's input for a change to a live product: texts and pictures. */
export function productUpdateInput(listing: StoredListing, context: ApprovalContext) {
  return {
    selector: { id: listing.product_id! },
    update: {
      title: listing.title_vi,
      description: listing.description_vi,
      thumbnail: listing.images[0] ?? null,
      images: listing.images.map((url) => ({ url })),
      // Metadata is replaced whole: keep what other parts of the system wrote there.
      metadata: { ...(context.live?.metadata ?? {}), title_en: listing.title_en, description_en: listing.description_en },
    },
  }
}

/** updateProductVariantsWorkflow's input: the live variants, matched by SKU (checked on submit). */
export function variantUpdateInput(listing: StoredListing, context: ApprovalContext) {
  const bySku = new Map((context.live?.variants ?? []).map((v) => [v.sku, v.id]))
  return {
    product_variants: listing.variants
      .filter((v) => bySku.has(v.sku))
      .map((v) => ({ id: bySku.get(v.sku)!, title: v.title, barcode: v.barcode ?? null, ean: v.barcode ?? null, prices: listingPrices(v.price) })),
  }
}
