import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { checkCertification } from "../../../modules/ocop/lib/rules"
import { ENTITY_LABEL } from "./ocop-entities"
import type { CertificationInput } from "../types"

export const validateProductOcopStepId = "validate-product-ocop"

export type ProductOcopInput = {
  product_id: string
  producer_id?: string | null
  village_id?: string | null
  certification?: Partial<CertificationInput> | null
}

const REQUIRED: (keyof CertificationInput)[] = ["stars", "group", "decision_number", "issuing_level", "issue_date"]

/** Checks the product, the producer and village it should point to, and the certificate as it
 *  would be after the change. Reads only. */
export const validateProductOcopStep = createStep(
  validateProductOcopStepId,
  async (input: ProductOcopInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "certification.*"],
      filters: { id: input.product_id },
    })
    const product = data[0] as any
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found.`)

    await mustExist(query, "producer", input.producer_id)
    await mustExist(query, "craft_village", input.village_id)

    if (input.certification) {
      const existing = product.certification ?? undefined
      const merged = { ...(existing ?? {}), ...input.certification }
      if (input.certification.issue_date && input.certification.expiry_date === undefined) delete merged.expiry_date
      if (!existing) {
        const missing = REQUIRED.filter((k) => merged[k] === undefined || merged[k] === null || merged[k] === "")
        if (missing.length) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `certification needs ${missing.join(", ")}.`)
        }
      }
      checkCertification(merged)
    }
    return new StepResponse(undefined)
  }
)

async function mustExist(query: any, entity: "producer" | "craft_village", id?: string | null) {
  if (!id) return
  const { data } = await query.graph({ entity, fields: ["id"], filters: { id } })
  if (!data.length) {
    const field = entity === "producer" ? "producer_id" : "village_id"
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} "${id}" is not a known ${ENTITY_LABEL[entity]}.`)
  }
}
