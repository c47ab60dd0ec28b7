import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"

export const linkProducerLoginWorkflowId = "link-producer-login"

/**
 * Lets an e-mail/password login act for a producer: the `producer` actor's id is the producer
 * record's id, so several people (logins) can belong to one producer.
 */
export const linkProducerLoginWorkflow = createWorkflow(
  linkProducerLoginWorkflowId,
  (input: { auth_identity_id: string; producer_id: string }) => {
    const identity = setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "producer",
      value: input.producer_id,
    })
    return new WorkflowResponse(identity)
  }
)
