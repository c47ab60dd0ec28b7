import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyLowStock } from "../lib/notifications/producer-stock-and-certificates"

/**
 * Every hour: producers hear of their variants running low at a centre (once a day per variant
 * and centre). A job rather than a subscriber: stock moves by web reservations, counter sales
 * (reserved in the POS workflow), returns, deliveries and staff edits, and not every path emits
 * an event we could hear; one read of the levels sees them all, and a notice an hour late is
 * soon enough for a producer to plan a delivery.
 */
export default async function notifyProducersLowStockJob(container: MedusaContainer) {
  const sent = await notifyLowStock(container)
  if (sent) container.resolve(ContainerRegistrationKeys.LOGGER).info(`OCOP producers: ${sent} low stock notice(s) sent.`)
}

export const config = {
  name: "notify-producers-low-stock",
  schedule: "0 * * * *",
}
