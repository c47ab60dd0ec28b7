import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolvePosConflictStep, type ResolvePosConflictInput } from "./steps/resolve-pos-conflict"

export const resolvePosConflictWorkflowId = "ocop-resolve-pos-conflict"

/** Staff (the centre's clerk or supervisor, or an admin) close a sale's conflict with a note. */
export const resolvePosConflictWorkflow = createWorkflow(resolvePosConflictWorkflowId, (input: ResolvePosConflictInput) => {
  return new WorkflowResponse(resolvePosConflictStep(input))
})
