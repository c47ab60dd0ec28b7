import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closePosShiftStep } from "./steps/close-pos-shift"
import { openPosShiftStep } from "./steps/open-pos-shift"

export const openPosShiftWorkflow = createWorkflow("ocop-open-pos-shift", (input: Parameters<typeof openPosShiftStep>[0]) => {
  return new WorkflowResponse(openPosShiftStep(input))
})

export const closePosShiftWorkflow = createWorkflow("ocop-close-pos-shift", (input: Parameters<typeof closePosShiftStep>[0]) => {
  return new WorkflowResponse(closePosShiftStep(input))
})
