import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * Validators for the producer area's access routes (wired in api/middlewares.ts). The admin
 * routes are already signed in by Medusa's /admin authentication (and closed to clerks);
 * accepting an invitation needs no sign-in, since the token in the body is the credential.
 */
// 254 characters: the longest address mail can carry (RFC 5321); a 10 000-character one was invited.
export const AdminInviteProducerLogin = z.object({ email: z.string().trim().toLowerCase().email().max(254) }).strict()

export const AcceptProducerInvite = z
  .object({
    token: z.string().trim().min(1).max(200),
    // Long enough to resist guessing; an upper bound keeps scrypt's work per request bounded.
    password: z.string().min(8).max(200),
  })
  .strict()

export const accessMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/producers/:id/invites",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminInviteProducerLogin)],
  },
  { matcher: "/producer-invites/accept", methods: ["POST"], middlewares: [validateAndTransformBody(AcceptProducerInvite)] },
]
