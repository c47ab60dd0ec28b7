import { CENTRE_FIELDS, PRODUCER_FIELDS, VILLAGE_FIELDS } from "../../../lib/ocop-views"

export const CENTRE_SPEC = {
  entity: "centre" as const,
  // Staff see (and set) the VietQR receiving account and the tills' offline limits and commission; the store views leave them out.
  fields: [...CENTRE_FIELDS, "bank_bin", "bank_account_number", "bank_account_name", "pos_offline_max_sale_amount", "pos_offline_max_queued_sales", "commission_percent", "stock_location.id", "sales_channel.id"],
  one: "centre",
  many: "centres",
  object: "centre",
}
export const VILLAGE_SPEC = { entity: "craft_village" as const, fields: VILLAGE_FIELDS, one: "village", many: "villages", object: "craft_village" }
export const PRODUCER_SPEC = { entity: "producer" as const, fields: PRODUCER_FIELDS, one: "producer", many: "producers", object: "producer" }
