import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withdrawExpiredProductsWorkflow } from "../workflows/ocop/withdraw-expired-products"

/** Runs the expiry workflow and writes what it did to the log, one line per product. */
export async function runCertificateExpiry(container: MedusaContainer, now?: Date) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await withdrawExpiredProductsWorkflow(container).run({
    input: { now: now?.toISOString() },
  })
  logger.info(
    `OCOP certificates: ${result.withdrawn.length} product(s) withdrawn from sale, ${result.expiring.length} expiring within 90 days.`
  )
  for (const r of result.withdrawn) {
    logger.warn(`Withdrawn: ${r.product_title} (${r.product_handle}), ${r.stars}★, certificate expired ${r.expiry_date}.`)
  }
  for (const r of result.expiring) {
    logger.info(`Expiring in ${r.days_left} days: ${r.product_title} (${r.product_handle}), expires ${r.expiry_date}.`)
  }
  return result
}
