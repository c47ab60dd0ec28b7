import { model } from "@medusajs/framework/utils"

/**
 * A payment notification we have acted on (a Stripe event, a bank's transfer notice). The unique
 * (provider, event_id) pair is what makes a replayed or concurrently redelivered event a no-op.
 */
const WebhookEvent = model
  .define({ name: "webhook_event", tableName: "ocop_payment_webhook_event" }, {
    id: model.id({ prefix: "whevt" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    event_type: model.text(),
    /** The payment session or payment it concerned, when one was found. */
    payment_ref: model.text().nullable(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true }])

export default WebhookEvent
