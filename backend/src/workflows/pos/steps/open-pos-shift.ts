import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { refusal } from "../../../lib/pos/refusals"

export const openPosShiftStepId = "ocop-open-pos-shift"

type Input = {
  centre_id: string
  till_id: string
  user_id: string
  client_id: string
  opening_float: number
  /** A shift opened offline: when the till opened it. */
  opened_at?: string
  offline?: boolean
  locale: "vi" | "en"
}

/** A device clock a little ahead is not a shift from the future. */
const CLOCK_SKEW_MS = 5 * 60_000

/**
 * Opens a shift; the same client id again answers that shift, and a till with one open is
 * refused. A shift the till opened offline keeps the time it was opened (decision 22).
 */
export const openPosShiftStep = createStep(
  openPosShiftStepId,
  async (input: Input, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const [same] = await service.listPosShifts({ centre_id: input.centre_id, client_id: input.client_id }, { take: 1 })
    if (same) return new StepResponse({ shift: same, created: false }, null as string | null)
    const { locale, opened_at, offline: _offline, ...fields } = input
    const openedAt = input.offline && opened_at ? new Date(opened_at) : new Date()
    if (openedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw refusal("opened_at_future", locale)
    try {
      const shift = await service.createPosShifts({ ...fields, status: "open", opened_at: openedAt })
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
