import { model } from "@medusajs/framework/utils"

/**
 * A producer's proposal (docs/producer-api.md): a new product, or a change to one of their live
 * products when `product_id` is set. It goes live only when an admin approves it. Producer and
 * product are plain ids, not links: the listing is the producer's own draft and must outlive
 * (and never block) changes on either side.
 */
const ProducerListing = model
  .define({ name: "producer_listing", tableName: "ocop_producer_listing" }, {
    id: model.id({ prefix: "plst" }).primaryKey(),
    producer_id: model.text(),
    product_id: model.text().nullable(),
    status: model.enum(["draft", "submitted", "approved", "rejected"]).default("draft"),
    title_vi: model.text(),
    title_en: model.text(),
    description_vi: model.text(),
    description_en: model.text(),
    /** Public URLs from POST /producer/uploads?kind=image. */
    images: model.json(),
    /** [{ title, sku, barcode, price }], price in whole đồng. */
    variants: model.json(),
    /** { url, filename, mime_type, size } from POST /producer/uploads?kind=certificate. */
    certificate: model.json().nullable(),
    review_comment: model.text().nullable(),
    submitted_at: model.dateTime().nullable(),
    reviewed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["producer_id", "status"] }, { on: ["status"] }])

export default ProducerListing
