import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPasswordResetEmail } from "../lib/notifications/password-reset-email"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/**
 * A shopper asked the storefront for a new password: e-mails the link to the storefront's
 * reset page.
 * Links for staff (actor "user") are left to the admin dashboard's own flow.
 */
export default async function customerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== "customer") return
  const storefront = process.env.STOREFRONT_URL || `http://localhost:${process.env.OCOP_STOREFRONT_PORT || 3000}`
  const query = new URLSearchParams({ token, email })
  const link = (lang: string) => `${storefront}/${lang}/account/reset-password?${query}`
  await sendPasswordResetEmail(container, { email, template: "customer-password-reset", subject: "Đặt lại mật khẩu OCOP Hà Nội / Reset your OCOP Hanoi password", link })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
