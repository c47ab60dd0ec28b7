import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { PosReturnInput, PreparedReturn } from "../types"

export const recordPosReturnStepId = "ocop-record-pos-return"
export const DUPLICATE_RETURN = "duplicate_return"

/** The return's record, first and "pending": a second copy (same centre, client id) stops here. */
export const recordPosReturnStep = createStep(
  recordPosReturnStepId,
  async ({ input, prepared }: { input: PosReturnInput; prepared: PreparedReturn }, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    try {
      const created = await service.createPosReturns({
        centre_id: input.centre.id,
        client_id: input.body.client_id,
        sale_id: prepared.sale_id,
        shift_id: input.shift_id,
        user_id: input.clerk.id,
        status: "pending",
        lines: input.body.lines as any,
        amount: prepared.amount,
        refund: input.body.refund,
        note: input.body.note ?? null,
        offline: !!input.body.offline,
        returned_at: input.body.returned_at ? new Date(input.body.returned_at) : new Date(),
      })
      return new StepResponse(created, created.id)
    } catch (e) {
      const existing = await service.listPosReturns({ centre_id: input.centre.id, client_id: input.body.client_id }, { take: 1 })
      if (existing.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Return ${input.body.client_id} is already recorded.`, DUPLICATE_RETURN)
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(POS_MODULE) as PosModuleService).deletePosReturns(id)
  }
)
