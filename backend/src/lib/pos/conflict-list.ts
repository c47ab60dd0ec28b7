import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import { resolvePosConflictWorkflow } from "../../workflows/pos/resolve-pos-conflict"
import type { ResolvePosConflictInput } from "../../workflows/pos/steps/resolve-pos-conflict"
import { conflictView } from "./conflict"

type Status = "open" | "resolved" | "all"
type Centre = { id: string; handle: string; name_vi: string; name_en: string }

async function centresById(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, Centre>()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "centre", fields: ["id", "handle", "name_vi", "name_en"], filters: { id: ids } })
  return new Map(data.map((c: any) => [c.id as string, c as Centre]))
}

/** Counter sales with a conflict, newest first: one centre's (a clerk), or any (an admin). */
export async function listConflicts(scope: MedusaContainer, opts: { status: Status; centre_id?: string }) {
  const service: PosModuleService = scope.resolve(POS_MODULE)
  const filters: Record<string, unknown> = { status: "completed", conflict_status: opts.status === "all" ? ["open", "resolved"] : opts.status }
  if (opts.centre_id) filters.centre_id = opts.centre_id
  const sales = await service.listPosSales(filters, { take: 500, order: { sold_at: "DESC" } })
  const centres = await centresById(scope, [...new Set(sales.map((s) => s.centre_id))])
  return sales.map((s) => conflictView(s, centres.get(s.centre_id) ?? null))
}

/** Resolves one sale's conflict through the workflow and answers it as listed. */
export async function resolveConflict(scope: MedusaContainer, input: ResolvePosConflictInput) {
  const { result } = await resolvePosConflictWorkflow(scope).run({ input })
  const centres = await centresById(scope, [result.centre_id])
  return conflictView(result, centres.get(result.centre_id) ?? null)
}
