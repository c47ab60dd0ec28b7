import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { call, OcopEntity } from "./ocop-entities"

export const createOcopRecordsStepId = "create-ocop-records"

/** Creates records of one OCOP entity; compensation deletes them again. */
export const createOcopRecordsStep = createStep(
  createOcopRecordsStepId,
  async (input: { entity: OcopEntity; data: Record<string, unknown>[] }, { container }) => {
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await call(service, "create", input.entity, input.data)
    return new StepResponse(created, { entity: input.entity, ids: created.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await call(service, "delete", undo.entity, undo.ids)
  }
)
