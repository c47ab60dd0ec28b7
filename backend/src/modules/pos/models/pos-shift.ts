import { model } from "@medusajs/framework/utils"

/**
 * A clerk's shift at one till: opened with a cash float, closed with the drawer counted by
 * denomination. Amounts are đồng. One open shift per till, by a partial unique index.
 */
const PosShift = model
  .define({ name: "pos_shift", tableName: "ocop_pos_shift" }, {
    id: model.id({ prefix: "pshift" }).primaryKey(),
    centre_id: model.text(),
    till_id: model.text(),
    user_id: model.text(),
    /** The till's own id for the opening, so a retried "open" opens nothing twice. */
    client_id: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
    opening_float: model.number(),
    opened_at: model.dateTime(),
    closed_at: model.dateTime().nullable(),
    /** Face value (đồng) -> how many notes or coins were counted at closing. */
    counted: model.json().nullable(),
    counted_total: model.number().nullable(),
    expected_cash: model.number().nullable(),
  })
  .indexes([
    { on: ["centre_id", "client_id"], unique: true },
    { on: ["centre_id", "till_id"], unique: true, where: "status = 'open' AND deleted_at IS NULL" },
  ])

export default PosShift
