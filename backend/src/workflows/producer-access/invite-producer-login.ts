import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkProducerInviteStep } from "./steps/check-producer-invite"
import { createProducerInviteStep } from "./steps/create-producer-invite"
import { sendProducerInviteEmailStep } from "./steps/send-producer-invite-email"

export const inviteProducerLoginWorkflowId = "ocop-invite-producer-login"

type Input = { producer_id: string; email: string; invited_by: string | null; locale: "vi" | "en" }

/**
 * An admin invites someone to act for a producer: a single-use, 7-day token whose hash is stored
 * and whose link is e-mailed. The answer carries the invitation, never the token.
 */
export const inviteProducerLoginWorkflow = createWorkflow(inviteProducerLoginWorkflowId, (input: Input) => {
  const producer = checkProducerInviteStep({ producer_id: input.producer_id, email: input.email, locale: input.locale })
  const created = createProducerInviteStep({ producer_id: input.producer_id, email: input.email, invited_by: input.invited_by })
  const mail = transform({ created, producer }, ({ created, producer }) => ({
    invite_id: created.invite.id,
    email: created.invite.email,
    token: created.token,
    producer_name: producer.legal_name,
  }))
  sendProducerInviteEmailStep(mail)
  const invite = transform({ created }, ({ created }) => created.invite)
  return new WorkflowResponse(invite)
})
