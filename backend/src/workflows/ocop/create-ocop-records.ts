import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateOcopInputStep } from "./steps/validate-ocop-input"
import { createOcopRecordsStep } from "./steps/create-ocop-records"

export const createOcopRecordsWorkflowId = "create-ocop-records"

/** Creates craft villages or producers (centres have their own workflow: they bring a stock
 *  location and a sales channel with them). */
export const createOcopRecordsWorkflow = createWorkflow(
  createOcopRecordsWorkflowId,
  (input: { entity: "craft_village" | "producer"; data: Record<string, unknown>[] }) => {
    validateOcopInputStep(input)
    const created = createOcopRecordsStep(input)
    return new WorkflowResponse(created)
  }
)
