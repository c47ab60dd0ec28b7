import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOcopInputStep } from "./steps/validate-ocop-input"
import { updateOcopRecordsStep } from "./steps/update-ocop-records"
import type { OcopEntity } from "./steps/ocop-entities"

export const updateOcopRecordsWorkflowId = "update-ocop-records"

/** Edits centres, villages, producers or certifications: rules first, then the write. */
export const updateOcopRecordsWorkflow = createWorkflow(
  updateOcopRecordsWorkflowId,
  (input: { entity: OcopEntity; data: ({ id: string } & Record<string, unknown>)[] }) => {
    validateOcopInputStep(input)
    const updated = updateOcopRecordsStep(input)
    return new WorkflowResponse(updated)
  }
)
