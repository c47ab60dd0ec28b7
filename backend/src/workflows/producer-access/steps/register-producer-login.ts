import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessRefusal } from "../access-refusals"
import { emailLogin } from "./email-login"

export const registerProducerLoginStepId = "ocop-register-producer-login"

/**
 * Makes the e-mail/password identity the way Medusa's POST /auth/:actor/emailpass/register does
 * (the Auth Module's `register`, which hashes the password). An address that already has a login
 * is refused, except one with no actor yet whose password matches: the provider hands that one
 * back, and it was not made here, so undoing leaves it alone.
 */
export const registerProducerLoginStep = createStep(
  registerProducerLoginStepId,
  async (input: { email: string; password: string; locale: "vi" | "en" }, { container }) => {
    const existing = await emailLogin(container, input.email)
    if (existing?.producer_id) throw accessRefusal("login_exists", input.locale)
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as any)
    if (!success || !authIdentity) {
      if (existing) throw accessRefusal("login_exists", input.locale)
      throw new Error(`Could not create the login ${input.email}: ${error}`)
    }
    return new StepResponse({ auth_identity_id: authIdentity.id }, existing ? null : authIdentity.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([createdId])
  }
)
