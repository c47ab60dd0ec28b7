import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { call, OcopEntity } from "./ocop-entities"

export const deleteOcopRecordsStepId = "delete-ocop-records"

/** Soft-deletes records (orders and history still name them); compensation restores them. */
export const deleteOcopRecordsStep = createStep(
  deleteOcopRecordsStepId,
  async (input: { entity: OcopEntity; ids: string[] }, { container }) => {
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await call(service, "softDelete", input.entity, input.ids)
    return new StepResponse(input.ids, input)
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await call(service, "restore", undo.entity, undo.ids)
  }
)
