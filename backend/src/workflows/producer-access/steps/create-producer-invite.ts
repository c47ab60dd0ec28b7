import { createHash, randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ACCESS_MODULE } from "../../../modules/producer-access"
import type ProducerAccessModuleService from "../../../modules/producer-access/service"

export const createProducerInviteStepId = "ocop-create-producer-invite"

/** How long an invitation can be accepted (docs/producer-api.md). */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

/**
 * Stores the invitation with the token's hash only. The raw token is handed to the next step,
 * which puts it in the e-mail; nothing else ever sees it.
 */
export const createProducerInviteStep = createStep(
  createProducerInviteStepId,
  async (input: { producer_id: string; email: string; invited_by: string | null }, { container }) => {
    const service: ProducerAccessModuleService = container.resolve(PRODUCER_ACCESS_MODULE)
    const token = randomBytes(32).toString("base64url")
    const invite = await service.createProducerInvites({
      ...input,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse(
      { invite: { id: invite.id, email: invite.email, expires_at: invite.expires_at }, token },
      invite.id
    )
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await (container.resolve(PRODUCER_ACCESS_MODULE) as ProducerAccessModuleService).deleteProducerInvites(inviteId)
  }
)
