/** One line of a delivery as stored: enough to raise the stock and to read back without joins. */
export type DeliveryLine = {
  variant_id: string
  product_id: string
  inventory_item_id: string
  title_vi: string
  title_en: string
  sku: string | null
  quantity: number
  /** What staff counted on arrival; null until received. */
  received_quantity: number | null
}

export type Locale = "vi" | "en"
