import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { resolved, type PosConflict } from "../../../lib/pos/conflict"

export const resolvePosConflictStepId = "ocop-resolve-pos-conflict"

export type ResolvePosConflictInput = {
  sale_id: string
  /** A clerk's centre: another centre's sale is not found. Null for an admin. */
  centre_id: string | null
  by: { id: string; email: string | null }
  note: string
}

/**
 * Marks a sale's conflict resolved, saying who did it and how (the note). Resolving a resolved
 * one changes nothing. Undo puts the conflict back as it was.
 */
export const resolvePosConflictStep = createStep(
  resolvePosConflictStepId,
  async (input: ResolvePosConflictInput, { container }) => {
    const service: PosModuleService = container.resolve(POS_MODULE)
    const filters: Record<string, unknown> = { id: input.sale_id, status: "completed" }
    if (input.centre_id) filters.centre_id = input.centre_id
    const [sale] = await service.listPosSales(filters, { take: 1 })
    const conflict = sale?.conflict as unknown as PosConflict | null
    if (!sale || !conflict) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Sale ${input.sale_id} has no stock conflict here.`)
    if (conflict.status === "resolved") return new StepResponse(sale, null as { id: string; conflict: PosConflict } | null)
    const done = resolved(conflict, input.by, input.note)
    const updated = await service.updatePosSales({ id: sale.id, conflict: done as any, conflict_status: done.status })
    return new StepResponse(updated, { id: sale.id, conflict })
  },
  async (undo, { container }) => {
    if (!undo) return
    await (container.resolve(POS_MODULE) as PosModuleService).updatePosSales({ id: undo.id, conflict: undo.conflict as any, conflict_status: undo.conflict.status })
  }
)
