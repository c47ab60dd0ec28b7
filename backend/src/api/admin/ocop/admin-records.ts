import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createOcopRecordsWorkflow } from "../../../workflows/ocop/create-ocop-records"
import { updateOcopRecordsWorkflow } from "../../../workflows/ocop/update-ocop-records"
import { deleteOcopRecordsWorkflow } from "../../../workflows/ocop/delete-ocop-records"

/**
 * Villages and producers share one admin shape: list, create, read, update, delete, each write
 * through a workflow. Centres use these for read/update/delete and their own create workflow.
 */
type Entity = "centre" | "craft_village" | "producer"
type Spec = { entity: Entity; fields: string[]; one: string; many: string; object: string }

export async function readOne(req: AuthenticatedMedusaRequest, spec: Spec, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: spec.entity, fields: spec.fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${spec.object} ${id} was not found.`)
  return data[0]
}

export function recordRoutes(spec: Spec) {
  return {
    list: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: spec.entity, fields: spec.fields })
      res.json({ [spec.many]: data.sort((a: any, b: any) => a.handle.localeCompare(b.handle)) })
    },
    create: async (req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
      const { result } = await createOcopRecordsWorkflow(req.scope).run({
        input: { entity: spec.entity as "craft_village" | "producer", data: [req.validatedBody] },
      })
      res.status(201).json({ [spec.one]: await readOne(req, spec, result[0]!.id) })
    },
    retrieve: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      res.json({ [spec.one]: await readOne(req, spec, req.params.id!) })
    },
    update: async (req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) => {
      await updateOcopRecordsWorkflow(req.scope).run({
        input: { entity: spec.entity, data: [{ ...req.validatedBody, id: req.params.id! }] },
      })
      res.json({ [spec.one]: await readOne(req, spec, req.params.id!) })
    },
    remove: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      await deleteOcopRecordsWorkflow(req.scope).run({ input: { entity: spec.entity, ids: [req.params.id!] } })
      res.json({ id: req.params.id, object: spec.object, deleted: true })
    },
  }
}
