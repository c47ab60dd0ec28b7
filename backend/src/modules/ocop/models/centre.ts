import { model } from "@medusajs/framework/utils"
import { CENTRE_KINDS } from "../lib/vocabulary"

/** A design-and-sales centre or an OCOP sales point. Its stock location and counter sales
 *  channel are Medusa records, joined by links (src/links). Its villages are not stored: they
 *  are the villages of the products it stocks. */
const Centre = model
  .define({ name: "centre", tableName: "ocop_centre" }, {
    id: model.id({ prefix: "ctr" }).primaryKey(),
    handle: model.text().unique(),
    name_vi: model.text().searchable(),
    name_en: model.text().searchable(),
    kind: model.enum([...CENTRE_KINDS]),
    commune: model.text(),
    former_district: model.text().nullable(),
    province: model.text().default("Hà Nội"),
    address: model.text(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    opening_hours: model.text().nullable(),
    phone: model.text().nullable(),
    // The centre's own rating from the city's evaluation (Decision 6385/QĐ-UBND); sales points have none.
    stars: model.number().nullable(),
    description_vi: model.text().nullable(),
    description_en: model.text().nullable(),
    // The account VietQR transfers for this centre's orders go to (src/providers/payment-vietqr);
    // all three or none. With none, the server's default account receives them.
    bank_bin: model.text().nullable(),
    bank_account_number: model.text().nullable(),
    bank_account_name: model.text().nullable(),
    // What a till here may do without a connection (the till enforces them, the server is the
    // backstop): the largest offline sale, đồng, and how many sales it may hold unsent.
    pos_offline_max_sale_amount: model.number().default(10_000_000),
    pos_offline_max_queued_sales: model.number().default(300),
    // The centre's cut of a producer's sales, whole percent 0-100 (producer statements). Null means
    // the server's OCOP_COMMISSION_PERCENT (15), so one setting changes every centre left unset.
    commission_percent: model.number().nullable(),
  })

export default Centre
