import { model } from "@medusajs/framework/utils"

/**
 * Goods a producer proposes to bring to a centre. Staff confirm receipt at the centre, which raises
 * the centre's stock once. `lines` keep what was proposed (variant, inventory item, title, SKU,
 * quantity) and, once received, what arrived (`received_quantity`), so the record still reads
 * right after the product is renamed. `centre_id` is the OCOP centre's id: modules never import
 * each other, so it is a plain id rather than a link.
 */
const ProducerDelivery = model
  .define({ name: "producer_delivery", tableName: "ocop_producer_delivery" }, {
    id: model.id({ prefix: "pdel" }).primaryKey(),
    producer_id: model.text(),
    centre_id: model.text(),
    status: model.enum(["proposed", "received", "cancelled"]).default("proposed"),
    lines: model.json(),
    note: model.text().nullable(),
    received_at: model.dateTime().nullable(),
    /** The user (admin or clerk) who confirmed receipt. */
    received_by: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id"] }, { on: ["centre_id", "status"] }])

export default ProducerDelivery
