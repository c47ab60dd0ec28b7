import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listCentresWithLocations } from "../../../lib/centre-catalogue"
import { PRODUCER_DELIVERY_MODULE } from "../../../modules/producer-delivery"
import type ProducerDeliveryModuleService from "../../../modules/producer-delivery/service"
import { deliveryRefusal } from "../delivery-refusals"
import type { DeliveryLine, Locale } from "../types"

export const prepareReceiptStepId = "ocop-prepare-delivery-receipt"

export type ReceiptInput = {
  id: string
  /** The user confirming receipt; kept on the delivery. */
  received_by: string
  /** A clerk receives for their own centre only: another centre's delivery is "not found". */
  centre_id?: string
  lines?: { variant_id: string; received_quantity: number }[]
  locale: Locale
}

/**
 * Reads what receiving a delivery will touch: its centre's stock location and counter channel,
 * and the lines with what arrived (a line staff did not count arrived in full). Writes nothing;
 * whether it is still proposed is checked again under the lock when it is marked received.
 */
export const prepareReceiptStep = createStep(prepareReceiptStepId, async (input: ReceiptInput, { container }) => {
  const service: ProducerDeliveryModuleService = container.resolve(PRODUCER_DELIVERY_MODULE)
  const [delivery] = await service.listProducerDeliveries({ id: input.id }, { take: 1 })
  if (!delivery || (input.centre_id && delivery.centre_id !== input.centre_id)) throw deliveryRefusal("delivery_not_found", input.locale)
  if (delivery.status !== "proposed") throw deliveryRefusal("delivery_not_proposed", input.locale, { status: delivery.status })
  const stored = delivery.lines as unknown as DeliveryLine[]
  for (const counted of input.lines ?? []) {
    if (!stored.some((l) => l.variant_id === counted.variant_id)) throw deliveryRefusal("line_not_in_delivery", input.locale, { variant_id: counted.variant_id })
  }
  const lines = stored.map((l) => ({ ...l, received_quantity: input.lines?.find((c) => c.variant_id === l.variant_id)?.received_quantity ?? l.quantity }))
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [centre] = await listCentresWithLocations(query, { id: delivery.centre_id })
  if (!centre?.stock_location?.id) throw deliveryRefusal("centre_not_found", input.locale, { centre: delivery.centre_id })
  return new StepResponse({
    lines,
    location_id: centre.stock_location.id,
    sales_channel_id: centre.sales_channel?.id ?? null,
  })
})
