import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_DELIVERY_MODULE } from "../../../modules/producer-delivery"
import type ProducerDeliveryModuleService from "../../../modules/producer-delivery/service"
import type { DeliveryLine } from "../types"

export const createDeliveryStepId = "ocop-create-producer-delivery"

type Input = { producer_id: string; centre_id: string; lines: DeliveryLine[]; note: string | null }

export const createDeliveryStep = createStep(
  createDeliveryStepId,
  async (input: Input, { container }) => {
    const service: ProducerDeliveryModuleService = container.resolve(PRODUCER_DELIVERY_MODULE)
    const delivery = await service.createProducerDeliveries({ ...input, lines: input.lines as any, status: "proposed" })
    return new StepResponse(delivery, delivery.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(PRODUCER_DELIVERY_MODULE) as ProducerDeliveryModuleService).deleteProducerDeliveries(id)
  }
)
