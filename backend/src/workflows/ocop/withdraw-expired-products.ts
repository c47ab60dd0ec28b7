import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { findExpiringCertificatesStep } from "./steps/find-expiring-certificates"
import { updateOcopRecordsStep } from "./steps/update-ocop-records"

export const withdrawExpiredProductsWorkflowId = "withdraw-expired-products"

/**
 * Takes products whose OCOP certificate has expired off sale (status draft, never deleted) and
 * stamps the certificate `withdrawn_at`. Returns what it withdrew and what expires within 90 days.
 */
export const withdrawExpiredProductsWorkflow = createWorkflow(
  withdrawExpiredProductsWorkflowId,
  (input: { now?: string }) => {
    const report = findExpiringCertificatesStep(input)

    when({ report }, ({ report }) => report.toWithdraw.length > 0).then(() => {
      const update = transform({ report }, ({ report }) => ({
        selector: { id: report.toWithdraw.map((r) => r.product_id) },
        update: { status: ProductStatus.DRAFT },
      }))
      updateProductsWorkflow.runAsStep({ input: update })
      const stamp = transform({ report, input }, ({ report, input }) => ({
        entity: "certification" as const,
        data: report.toWithdraw.map((r) => ({
          id: r.certification_id,
          withdrawn_at: input.now ? new Date(input.now) : new Date(),
        })),
      }))
      updateOcopRecordsStep(stamp)
    })

    const result = transform({ report }, ({ report }) => ({
      withdrawn: report.toWithdraw,
      expiring: report.expiring,
    }))
    return new WorkflowResponse(result)
  }
)
