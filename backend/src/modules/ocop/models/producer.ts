import { model } from "@medusajs/framework/utils"
import { PRODUCER_TYPES } from "../lib/vocabulary"
import CraftVillage from "./craft-village"

/** A chủ thể OCOP: cooperative, enterprise or household business. */
const Producer = model.define({ name: "producer", tableName: "ocop_producer" }, {
  id: model.id({ prefix: "prod" }).primaryKey(),
  handle: model.text().unique(),
  legal_name: model.text().searchable(),
  type: model.enum([...PRODUCER_TYPES]),
  tax_code: model.text(),
  representative: model.text().nullable(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  // Same module, so a relation rather than a link (links join modules).
  village: model.belongsTo(() => CraftVillage, { mappedBy: "producers" }).nullable(),
})

export default Producer
