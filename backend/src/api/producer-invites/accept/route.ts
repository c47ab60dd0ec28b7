import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { requestLocale } from "../../../lib/locale"
import type { AcceptProducerInvite } from "../../producer/middlewares/access"
import { isAccessRefusal, sendAccessRefusal } from "../../../workflows/producer-access/access-refusals"
import { acceptProducerInviteWorkflow } from "../../../workflows/producer-access/accept-producer-invite"

/**
 * POST /producer-invites/accept: outside /producer on purpose, since the invited person has no
 * login yet; the token is the credential. Answers the e-mail to sign in with.
 */
export async function POST(req: MedusaRequest<z.infer<typeof AcceptProducerInvite>>, res: MedusaResponse) {
  const { result, errors } = await acceptProducerInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, locale: requestLocale(req) },
    throwOnError: false,
  })
  const error = errors?.[0]?.error
  if (error) {
    if (isAccessRefusal(error)) return sendAccessRefusal(res, error)
    throw error
  }
  res.status(201).json({ email: result.email })
}
