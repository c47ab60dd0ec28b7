import { model } from "@medusajs/framework/utils"

/**
 * A sale at a centre's counter, as the till recorded it. The Medusa order it became is
 * `order_id`; this record keeps what an order does not: the till, the shift, the tenders (cash
 * tendered, card approval codes, VietQR references) and the lines as the receipt printed them.
 * (centre_id, client_id) is unique: the same sale sent twice is one sale (INVARIANTS 4).
 */
const PosSale = model
  .define({ name: "pos_sale", tableName: "ocop_pos_sale" }, {
    id: model.id({ prefix: "psale" }).primaryKey(),
    centre_id: model.text(),
    client_id: model.text(),
    receipt_number: model.text(),
    till_id: model.text(),
    shift_id: model.text().nullable(),
    user_id: model.text(),
    /** "pending" while the order is being written; a failed write removes the record. */
    status: model.enum(["pending", "completed"]).default("pending"),
    order_id: model.text().nullable(),
    sold_at: model.dateTime(),
    subtotal: model.number(),
    discount_total: model.number(),
    total: model.number(),
    change: model.number().default(0),
    lines: model.json(),
    payments: model.json(),
    customer_id: model.text().nullable(),
    note: model.text().nullable(),
    returned_total: model.number().default(0),
    /** When the order was paid and handed over (fulfilled) on Medusa's books; that follows the
     *  answer to the till (workflows/pos/settle-pos-sale.ts), so null for a moment. */
    settled_at: model.dateTime().nullable(),
    /** Sold while the till had no connection, and sent when it came back (issue 7). */
    offline: model.boolean().default(false),
    /** What staff must look at: an offline sale the centre's stock could not cover, or a receipt
     *  number another device had used ({ kind, lines, renumbered_from, status, flagged_at, ... },
     *  lib/pos/conflict.ts). The sale itself is kept either way (INVARIANTS 3). */
    conflict: model.json().nullable(),
    /** conflict.status, as a column so the open ones are found by an index. */
    conflict_status: model.enum(["open", "resolved"]).nullable(),
  })
  .indexes([
    { on: ["centre_id", "client_id"], unique: true },
    { on: ["receipt_number"], unique: true },
    { on: ["centre_id", "sold_at"] },
    { on: ["shift_id"] },
    { on: ["settled_at"], where: "settled_at IS NULL AND deleted_at IS NULL" },
    { on: ["centre_id", "conflict_status"], where: "conflict_status IS NOT NULL AND deleted_at IS NULL" },
  ])

export default PosSale
