import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { validateProductOcopStep, type ProductOcopInput } from "./steps/validate-product-ocop"
import { replaceProductLinkStep } from "./steps/replace-product-link"
import { upsertProductCertificationStep } from "./steps/upsert-product-certification"
import { PRODUCT_OCOP_UPDATED } from "../../modules/ocop/lib/events"

export const setProductOcopWorkflowId = "set-product-ocop"

/**
 * Sets a product's producer, craft village and OCOP certificate in one undoable unit: if any
 * part fails, the earlier parts are rolled back. `certification: null` deletes the certificate.
 */
export const setProductOcopWorkflow = createWorkflow(setProductOcopWorkflowId, (input: ProductOcopInput) => {
  validateProductOcopStep(input)
  replaceProductLinkStep({ product_id: input.product_id, target: "producer", id: input.producer_id }).config({
    name: "replace-product-producer",
  })
  replaceProductLinkStep({ product_id: input.product_id, target: "craft_village", id: input.village_id }).config({
    name: "replace-product-village",
  })
  const result = upsertProductCertificationStep({ product_id: input.product_id, certification: input.certification })

  // A renewed certificate puts a product the expiry job withdrew back on sale.
  when({ result }, ({ result }) => result.republish).then(() => {
    const update = transform({ input }, ({ input }) => ({
      selector: { id: input.product_id },
      update: { status: ProductStatus.PUBLISHED },
    }))
    updateProductsWorkflow.runAsStep({ input: update })
  })
  emitEventStep({ eventName: PRODUCT_OCOP_UPDATED, data: { id: input.product_id } })
  return new WorkflowResponse(result)
})
