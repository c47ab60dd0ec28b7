import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { SaleLine } from "../types"

export const completePosSaleStepId = "ocop-complete-pos-sale"

/** The sale is an order now: its record points at the order and at each line's order items. */
export const completePosSaleStep = createStep(
  completePosSaleStepId,
  async (input: { sale_id: string; order_id: string; lines: SaleLine[] }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const sale = await service.updatePosSales({ id: input.sale_id, status: "completed", order_id: input.order_id, lines: input.lines as any })
    return new StepResponse(sale, input.sale_id)
  },
  async (saleId, { container }) => {
    if (!saleId) return
    const service: PosModuleService = container.resolve(POS_MODULE)
    await service.updatePosSales({ id: saleId, status: "pending", order_id: null })
  }
)
