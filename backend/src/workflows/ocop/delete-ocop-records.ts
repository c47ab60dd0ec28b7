import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkDeletableStep } from "./steps/check-deletable"
import { deleteOcopRecordsStep } from "./steps/delete-ocop-records"

export const deleteOcopRecordsWorkflowId = "delete-ocop-records"

/** Deletes centres, villages or producers that nothing depends on any more. */
export const deleteOcopRecordsWorkflow = createWorkflow(
  deleteOcopRecordsWorkflowId,
  (input: { entity: "centre" | "craft_village" | "producer"; ids: string[] }) => {
    checkDeletableStep(input)
    const ids = deleteOcopRecordsStep(input)
    return new WorkflowResponse(ids)
  }
)
