import { model } from "@medusajs/framework/utils"

/**
 * An invitation for one e-mail to get a login for a producer. Only the SHA-256 of the token is
 * kept: the raw token travels in the e-mail alone, so a database dump cannot be used to accept
 * someone's invitation. `accepted_at` makes it single use.
 */
const ProducerInvite = model
  .define({ name: "producer_invite", tableName: "ocop_producer_invite" }, {
    id: model.id({ prefix: "pinv" }).primaryKey(),
    producer_id: model.text(),
    email: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** The admin user who sent it. */
    invited_by: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id"] }])

export default ProducerInvite
