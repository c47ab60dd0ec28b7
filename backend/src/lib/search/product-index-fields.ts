import { search } from "@medusajs/framework/utils"

/** The name of the catalogue's search index (one document per published product). */
export const PRODUCT_INDEX = "product"

/**
 * What one product document holds. Weights rank title matches over names over descriptions.
 * Dates are epoch milliseconds in integer fields, so every engine compares them the same way.
 */
export const productIndexFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword(),
  title_vi: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  description_vi: search.text().searchable({ weight: 1 }),
  description_en: search.text().searchable({ weight: 1 }),
  tags: search.text().array().searchable({ weight: 2 }),
  skus: search.keyword().array().searchable({ weight: 3 }),
  barcodes: search.keyword().array().searchable({ weight: 3 }),
  producer: search.keyword().filterable().facetable(),
  producer_name: search.text().searchable({ weight: 2 }),
  village: search.keyword().filterable().facetable(),
  village_name: search.text().searchable({ weight: 2 }),
  /** Handles of the centres that carry the product (an inventory level at their location). */
  centres: search.keyword().array().filterable().facetable(),
  centre_names: search.text().array().searchable({ weight: 1 }),
  /** Handles of the centres with at least one unit available (stocked minus reserved). */
  in_stock_at: search.keyword().array().filterable(),
  stock: search
    .object({ centre: search.keyword(), name_vi: search.keyword(), name_en: search.keyword(), available: search.integer() })
    .array(),
  /** Names and tags without diacritics: what the trigram typo match compares against. */
  folded: search.text().searchable({ weight: 1 }),
  stars: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  group: search.keyword().filterable().facetable(),
  certified: search.boolean().filterable(),
  certificate_number: search.keyword(),
  issuing_level: search.keyword(),
  /** End of the certificate's last valid day, epoch ms; queries drop anything past it. */
  valid_until: search.integer().filterable(),
  /** Lowest variant price in VND (whole đồng), for sorting, filtering and price ranges. */
  price: search.integer().filterable().sortable().facetable({ types: ["range"] }),
  price_max: search.integer(),
  variants: search
    .object({
      id: search.keyword(),
      title: search.keyword(),
      sku: search.keyword(),
      barcode: search.keyword(),
      price: search.integer(),
    })
    .array(),
  thumbnail: search.keyword(),
  sales_channel_ids: search.keyword().array().filterable(),
  created_at: search.integer().sortable(),
})

/** Typo tolerance tuned for Vietnamese, whose syllables are short: one typo from 4 letters. */
export const PRODUCT_INDEX_SETTINGS = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
}
