import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { refusal } from "../../../lib/pos/refusals"

export const openPosShiftStepId = "ocop-open-pos-shift"

type Input = { centre_id: string; till_id: string; user_id: string; client_id: string; opening_float: number; locale: "vi" | "en" }

/** Opens a shift; the same client id again answers that shift, and a till with one open is refused. */
export const openPosShiftStep = createStep(
  openPosShiftStepId,
  async (input: Input, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const [same] = await service.listPosShifts({ centre_id: input.centre_id, client_id: input.client_id }, { take: 1 })
    if (same) return new StepResponse({ shift: same, created: false }, null as string | null)
    const { locale, ...fields } = input
    try {
      const shift = await service.createPosShifts({ ...fields, status: "open", opened_at: new Date() })
      return new StepResponse({ shift, created: true }, shift.id as string | null)
    } catch (e) {
      const [raced] = await service.listPosShifts({ centre_id: input.centre_id, client_id: input.client_id }, { take: 1 })
      if (raced) return new StepResponse({ shift: raced, created: false }, null as string | null)
      const open = await service.listPosShifts({ centre_id: input.centre_id, till_id: input.till_id, status: "open" }, { take: 1 })
      if (open.length) throw refusal("shift_open", locale)
      throw e instanceof Error ? e : new MedusaError(MedusaError.Types.UNEXPECTED_STATE, String(e))
    }
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await (container.resolve(POS_MODULE) as PosModuleService).deletePosShifts(createdId)
  }
)
