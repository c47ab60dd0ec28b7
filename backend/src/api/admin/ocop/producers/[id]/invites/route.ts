import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { requestLocale } from "../../../../../../lib/locale"
import type { AdminInviteProducerLogin } from "../../../../../producer/middlewares/access"
import { isAccessRefusal, sendAccessRefusal } from "../../../../../../workflows/producer-access/access-refusals"
import { inviteProducerLoginWorkflow } from "../../../../../../workflows/producer-access/invite-producer-login"

/** POST /admin/ocop/producers/:id/invites: e-mails someone a link to get a login for the producer. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AdminInviteProducerLogin>>, res: MedusaResponse) {
  const { result, errors } = await inviteProducerLoginWorkflow(req.scope).run({
    input: {
      producer_id: req.params.id!,
      email: req.validatedBody.email,
      invited_by: req.auth_context?.actor_id ?? null,
      locale: requestLocale(req),
    },
    throwOnError: false,
  })
  const error = errors?.[0]?.error
  if (error) {
    if (isAccessRefusal(error)) return sendAccessRefusal(res, error)
    throw error
  }
  res.status(201).json({ invite: result })
}
