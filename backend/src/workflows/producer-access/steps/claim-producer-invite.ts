import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ACCESS_MODULE } from "../../../modules/producer-access"
import type ProducerAccessModuleService from "../../../modules/producer-access/service"
import { accessRefusal } from "../access-refusals"
import { hashInviteToken } from "./create-producer-invite"

export const claimProducerInviteStepId = "ocop-claim-producer-invite"

/**
 * Finds the invitation a token opens and marks it used first, before the login is made, so the
 * token is spent even if the same link is opened twice at once; undone if a later step fails.
 */
export const claimProducerInviteStep = createStep(
  claimProducerInviteStepId,
  async (input: { token: string; locale: "vi" | "en" }, { container }) => {
    const service: ProducerAccessModuleService = container.resolve(PRODUCER_ACCESS_MODULE)
    const [invite] = await service.listProducerInvites({ token_hash: hashInviteToken(input.token) }, { take: 1 })
    if (!invite || invite.accepted_at || new Date(invite.expires_at).getTime() <= Date.now()) {
      throw accessRefusal("invite_invalid", input.locale)
    }
    await service.updateProducerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ id: invite.id, producer_id: invite.producer_id, email: invite.email }, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    const service: ProducerAccessModuleService = container.resolve(PRODUCER_ACCESS_MODULE)
    await service.updateProducerInvites({ id: inviteId, accepted_at: null })
  }
)
