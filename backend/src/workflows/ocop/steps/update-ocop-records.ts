import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { call, OcopEntity } from "./ocop-entities"

export const updateOcopRecordsStepId = "update-ocop-records"

type Update = { id: string } & Record<string, unknown>

/** Updates records field by field; compensation writes back the fields' previous values. */
export const updateOcopRecordsStep = createStep(
  updateOcopRecordsStepId,
  async (input: { entity: OcopEntity; data: Update[] }, { container }) => {
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const ids = input.data.map((d) => d.id)
    const before = await call(service, "list", input.entity, { id: ids })
    const previous: Update[] = input.data.map((change) => {
      const old = before.find((b) => b.id === change.id) ?? { id: change.id }
      return Object.fromEntries(
        Object.keys(change).map((key) => [key, (old as Record<string, unknown>)[key] ?? null])
      ) as Update
    })
    const updated = await call(service, "update", input.entity, input.data)
    return new StepResponse(updated, { entity: input.entity, previous })
  },
  async (undo, { container }) => {
    if (!undo?.previous.length) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await call(service, "update", undo.entity, undo.previous)
  }
)
