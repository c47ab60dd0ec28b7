import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { certificationView } from "../../certifications/certification-view"
import { PRODUCER_FIELDS, VILLAGE_FIELDS } from "../../../../../lib/ocop-views"

export async function loadProductOcopAdmin(scope: MedusaContainer, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "certification.*",
      ...PRODUCER_FIELDS.map((f) => `producer.${f}`),
      ...VILLAGE_FIELDS.map((f) => `craft_village.${f}`),
    ],
    filters: { id: productId },
  })
  const p = data[0] as any
  if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found.`)
  return {
    product_id: p.id,
    producer: p.producer ?? null,
    village: p.craft_village ?? null,
    certification: p.certification ? certificationView(p.certification) : null,
  }
}
