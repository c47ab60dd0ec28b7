import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_DELIVERY_MODULE } from "../../../modules/producer-delivery"
import type ProducerDeliveryModuleService from "../../../modules/producer-delivery/service"
import { deliveryRefusal } from "../delivery-refusals"
import type { DeliveryLine, Locale } from "../types"

export const changeDeliveryStatusStepId = "ocop-change-producer-delivery-status"

/** One lock per delivery: a cancel and a receive, or two receives, never both see "proposed". */
export const deliveryLockKey = (id: string) => `ocop-producer-delivery:${id}`

type Input = {
  id: string
  to: "received" | "cancelled"
  /** Whose delivery it must be (the producer cancelling it, the clerk's centre): else 404. */
  producer_id?: string
  centre_id?: string
  /** On receipt: the lines with what arrived. */
  lines?: DeliveryLine[]
  received_by?: string
  locale: Locale
}

type Previous = { id: string; status: string; lines: unknown; received_at: Date | null; received_by: string | null }

/**
 * Moves a proposed delivery on, checking under Medusa's locking module that it is still proposed:
 * this check-and-set is what makes a delivery raise the stock once, however many staff press
 * "received" at the same moment. The compensation puts the record back as it was.
 */
export const changeDeliveryStatusStep = createStep(
  changeDeliveryStatusStepId,
  async (input: Input, { container }) => {
    const service: ProducerDeliveryModuleService = container.resolve(PRODUCER_DELIVERY_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(deliveryLockKey(input.id), async () => {
      const [delivery] = await service.listProducerDeliveries({ id: input.id }, { take: 1 })
      const mine = delivery && (!input.producer_id || delivery.producer_id === input.producer_id) && (!input.centre_id || delivery.centre_id === input.centre_id)
      if (!mine) throw deliveryRefusal("delivery_not_found", input.locale)
      if (delivery.status !== "proposed") throw deliveryRefusal("delivery_not_proposed", input.locale, { status: delivery.status })
      const previous: Previous = { id: delivery.id, status: delivery.status, lines: delivery.lines, received_at: delivery.received_at ?? null, received_by: delivery.received_by ?? null }
      const changes =
        input.to === "received"
          ? { status: "received" as const, lines: (input.lines ?? delivery.lines) as any, received_at: new Date(), received_by: input.received_by ?? null }
          : { status: "cancelled" as const }
      const updated = await service.updateProducerDeliveries({ id: delivery.id, ...changes })
      return new StepResponse(updated, previous)
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProducerDeliveryModuleService = container.resolve(PRODUCER_DELIVERY_MODULE)
    await container.resolve(Modules.LOCKING).execute(deliveryLockKey(previous.id), async () => {
      await service.updateProducerDeliveries({ ...previous, status: previous.status as any, lines: previous.lines as any })
    })
  }
)
