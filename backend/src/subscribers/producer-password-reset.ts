import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetEmail } from "../lib/notifications/password-reset-email"
import { producerAreaLink } from "../workflows/producer-access/storefront-link"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/**
 * A producer's login asked for a new password (POST /auth/producer/emailpass/reset-password):
 * e-mails the link to the storefront's producer reset page, which sends the token back to
 * POST /auth/producer/emailpass/update. Customers have their own subscriber and page.
 */
export default async function producerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== "producer") return
  await sendPasswordResetEmail(container, {
    email,
    template: "producer-password-reset",
    subject: "Đặt lại mật khẩu khu vực chủ thể OCOP / Reset your OCOP producer password",
    link: (lang) => producerAreaLink("reset-password", { token, email }, lang),
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
