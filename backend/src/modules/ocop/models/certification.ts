import { model } from "@medusajs/framework/utils"
import { ISSUING_LEVELS, PRODUCT_GROUPS } from "../lib/vocabulary"

/** The OCOP certificate of one product (linked in src/links/product-certification.ts).
 *  Status (valid / expiring / expired) is derived from expiry_date, never stored. */
const Certification = model.define({ name: "certification", tableName: "ocop_certification" }, {
  id: model.id({ prefix: "cert" }).primaryKey(),
  stars: model.number(),
  group: model.enum([...PRODUCT_GROUPS]),
  decision_number: model.text(),
  issuing_level: model.enum([...ISSUING_LEVELS]),
  issue_date: model.dateTime(),
  expiry_date: model.dateTime(),
  // Set by the expiry job when it takes the product off sale; cleared on renewal.
  withdrawn_at: model.dateTime().nullable(),
})

export default Certification
