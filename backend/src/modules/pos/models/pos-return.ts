import { model } from "@medusajs/framework/utils"

/** Goods brought back to a counter: which lines, what was refunded and how. (centre_id,
 *  client_id) is unique, so a retried return refunds once. */
const PosReturn = model
  .define({ name: "pos_return", tableName: "ocop_pos_return" }, {
    id: model.id({ prefix: "pret" }).primaryKey(),
    centre_id: model.text(),
    client_id: model.text(),
    sale_id: model.text(),
    shift_id: model.text().nullable(),
    user_id: model.text(),
    status: model.enum(["pending", "completed"]).default("pending"),
    lines: model.json(),
    amount: model.number(),
    refund: model.enum(["cash", "original"]),
    note: model.text().nullable(),
    order_return_id: model.text().nullable(),
    /** Taken while the till was offline; `returned_at` is when, as the till recorded it. */
    offline: model.boolean().default(false),
    returned_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["centre_id", "client_id"], unique: true },
    { on: ["sale_id"] },
  ])

export default PosReturn
