import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accessRefusal } from "../access-refusals"
import { emailLogin } from "./email-login"

export const checkProducerInviteStepId = "ocop-check-producer-invite"

/**
 * Before anything is written or sent: the producer exists, and the address is not already a
 * producer's login (it would be refused at acceptance anyway; the admin hears it now).
 */
export const checkProducerInviteStep = createStep(
  checkProducerInviteStepId,
  async (input: { producer_id: string; email: string; locale: "vi" | "en" }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "producer", fields: ["id", "legal_name"], filters: { id: input.producer_id } })
    const producer = data[0]
    if (!producer) throw accessRefusal("producer_not_found", input.locale)
    const login = await emailLogin(container, input.email)
    if (login?.producer_id) throw accessRefusal("login_exists", input.locale)
    return new StepResponse({ id: producer.id as string, legal_name: producer.legal_name as string })
  }
)
