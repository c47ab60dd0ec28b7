import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyExpiringCertificates } from "../lib/notifications/producer-stock-and-certificates"

/** Every morning at 07:00 Hanoi (00:00 UTC): producers hear of certificates expiring within 90 days, once each. */
export default async function notifyProducersExpiringCertificatesJob(container: MedusaContainer) {
  const sent = await notifyExpiringCertificates(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`OCOP producers: ${sent} certificate expiry notice(s) sent.`)
}

export const config = {
  name: "notify-producers-expiring-certificates",
  schedule: "0 0 * * *",
}
