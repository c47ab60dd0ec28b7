import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs one of the backend's own workflows by id (e.g. "create-centres"). The seed lives in its
 * own workspace and reaches the OCOP workflows through Medusa's workflow engine rather than by
 * importing backend source.
 */
export async function runWorkflow<T = any>(container: MedusaContainer, id: string, input: unknown): Promise<T> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE) as any
  const { result, errors } = await engine.run(id, { input, throwOnError: false })
  if (errors?.length) {
    const err = errors[0].error ?? errors[0]
    throw new Error(`Workflow ${id} failed: ${err.message ?? String(err)}`)
  }
  return result as T
}
