import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import {
  checkCentre,
  checkCertification,
  checkProducer,
  checkHandle,
  duplicateHandle,
  type CertificationFields,
} from "../../../modules/ocop/lib/rules"
import { call, ENTITY_LABEL, OcopEntity } from "./ocop-entities"

export const validateOcopInputStepId = "validate-ocop-input"

type Row = Record<string, unknown> & { id?: string; handle?: string }

/**
 * Checks every OCOP rule before anything is written. For updates the change is merged over the
 * stored record, so "stars: 5" on a city-level certificate is caught too.
 */
export const validateOcopInputStep = createStep(
  validateOcopInputStepId,
  async (input: { entity: OcopEntity; data: Row[] }, { container }) => {
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const ids = input.data.map((r) => r.id).filter((id): id is string => !!id)
    const stored = ids.length ? await call(service, "list", input.entity, { id: ids }) : []
    for (const id of ids) {
      if (!stored.some((s) => s.id === id)) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `${ENTITY_LABEL[input.entity]} ${id} was not found.`)
      }
    }
    const merged = input.data.map((row) => ({ ...(stored.find((s) => s.id === row.id) ?? {}), ...row }))

    for (const row of merged) {
      if (input.entity === "centre") checkCentre(row as Parameters<typeof checkCentre>[0])
      if (input.entity === "craft_village") checkHandle("craft village", row.handle)
      if (input.entity === "producer") checkProducer(row as Parameters<typeof checkProducer>[0])
      if (input.entity === "certification") checkCertification(row as CertificationFields)
    }

    if (input.entity !== "certification") await checkHandlesAreFree(service, input.entity, input.data)
    if (input.entity === "producer") await checkVillagesExist(service, input.data)
    return new StepResponse(undefined)
  }
)

async function checkHandlesAreFree(service: OcopModuleService, entity: OcopEntity, rows: Row[]) {
  const handles = rows.map((r) => r.handle).filter((h): h is string => typeof h === "string")
  const seen = new Set<string>()
  for (const h of handles) {
    if (seen.has(h)) duplicateHandle(ENTITY_LABEL[entity], h)
    seen.add(h)
  }
  if (!handles.length) return
  const taken = await call(service, "list", entity, { handle: handles })
  for (const row of rows) {
    const clash = taken.find((t) => t.handle === row.handle && t.id !== row.id)
    if (clash) duplicateHandle(ENTITY_LABEL[entity], String(row.handle))
  }
}

async function checkVillagesExist(service: OcopModuleService, rows: Row[]) {
  const ids = rows.map((r) => r.village_id).filter((v): v is string => typeof v === "string")
  if (!ids.length) return
  const found = await service.listCraftVillages({ id: ids })
  const missing = ids.find((id) => !found.some((v) => v.id === id))
  if (missing) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `village_id "${missing}" is not a known craft village.`)
  }
}
