import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationStatus, daysUntil } from "../../../modules/ocop/lib/certification-dates"

export const findExpiringCertificatesStepId = "find-expiring-certificates"

export type CertificateReportRow = {
  certification_id: string
  product_id: string
  product_title: string
  product_handle: string
  stars: number
  expiry_date: string
  days_left: number
}

/** Reads every certificate with its product and sorts them into: expired and still on sale
 *  (to withdraw), and expiring within 90 days (to warn about). */
export const findExpiringCertificatesStep = createStep(
  findExpiringCertificatesStepId,
  async (input: { now?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const now = input.now ? new Date(input.now) : new Date()
    const { data } = await query.graph({
      entity: "certification",
      fields: ["id", "stars", "expiry_date", "withdrawn_at", "product.id", "product.title", "product.handle", "product.status"],
    })
    const toWithdraw: CertificateReportRow[] = []
    const expiring: CertificateReportRow[] = []
    for (const c of data as any[]) {
      if (!c.product) continue
      const expiry = new Date(c.expiry_date)
      const row: CertificateReportRow = {
        certification_id: c.id,
        product_id: c.product.id,
        product_title: c.product.title,
        product_handle: c.product.handle,
        stars: c.stars,
        expiry_date: expiry.toISOString().slice(0, 10),
        days_left: daysUntil(expiry, now),
      }
      const status = certificationStatus(expiry, now)
      if (status === "expired" && c.product.status === "published") toWithdraw.push(row)
      if (status === "expiring") expiring.push(row)
    }
    expiring.sort((a, b) => a.days_left - b.days_left)
    return new StepResponse({ toWithdraw, expiring })
  }
)
