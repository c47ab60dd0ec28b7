import { model } from "@medusajs/framework/utils"
import Producer from "./producer"

/** A làng nghề. Producers belong to one. */
const CraftVillage = model.define({ name: "craft_village", tableName: "ocop_craft_village" }, {
  id: model.id({ prefix: "vil" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  craft_vi: model.text(),
  craft_en: model.text(),
  commune: model.text(),
  former_district: model.text().nullable(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  producers: model.hasMany(() => Producer, { mappedBy: "village" }),
})

export default CraftVillage
