import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkProducerLoginWorkflow } from "../ocop/link-producer-login"
import { claimProducerInviteStep } from "./steps/claim-producer-invite"
import { registerProducerLoginStep } from "./steps/register-producer-login"

export const acceptProducerInviteWorkflowId = "ocop-accept-producer-invite"

type Input = { token: string; password: string; locale: "vi" | "en" }

/**
 * The invited person chooses a password: the token is spent, the login made and linked to the
 * producer. Any failure undoes the earlier steps, so the token stays usable and no half-made
 * login is left behind.
 */
export const acceptProducerInviteWorkflow = createWorkflow(acceptProducerInviteWorkflowId, (input: Input) => {
  const invite = claimProducerInviteStep({ token: input.token, locale: input.locale })
  const registration = transform({ invite, input }, ({ invite, input }) => ({
    email: invite.email,
    password: input.password,
    locale: input.locale,
  }))
  const login = registerProducerLoginStep(registration)
  const link = transform({ invite, login }, ({ invite, login }) => ({
    auth_identity_id: login.auth_identity_id,
    producer_id: invite.producer_id,
  }))
  linkProducerLoginWorkflow.runAsStep({ input: link })
  const answer = transform({ invite }, ({ invite }) => ({ email: invite.email }))
  return new WorkflowResponse(answer)
})
