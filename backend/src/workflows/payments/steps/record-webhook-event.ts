import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_WEBHOOKS_MODULE } from "../../../modules/payment-webhooks"
import type PaymentWebhooksModuleService from "../../../modules/payment-webhooks/service"

export type WebhookEventInput = { provider: string; event_id: string; event_type: string; payment_ref?: string | null }

/**
 * Records a payment event once. A second delivery of the same (provider, event_id), even one
 * racing the first, comes back `duplicate: true` through the unique index, and the workflow
 * stops there. If a later step fails, the record is removed so the sender's retry is processed.
 */
export const recordWebhookEventStep = createStep(
  "record-payment-webhook-event",
  async (input: WebhookEventInput, { container }) => {
    const service: PaymentWebhooksModuleService = container.resolve(PAYMENT_WEBHOOKS_MODULE)
    const seen = () => service.listWebhookEvents({ provider: input.provider, event_id: input.event_id }, { take: 1 })
    if ((await seen()).length) return new StepResponse({ duplicate: true }, null as string | null)
    try {
      const created = await service.createWebhookEvents(input)
      return new StepResponse({ duplicate: false }, created.id as string | null)
    } catch (e) {
      // Lost a race with a concurrent delivery: the unique index kept the other one.
      if ((await seen()).length) return new StepResponse({ duplicate: true }, null as string | null)
      throw e
    }
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    const service: PaymentWebhooksModuleService = container.resolve(PAYMENT_WEBHOOKS_MODULE)
    await service.deleteWebhookEvents(createdId)
  }
)
