import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type PasswordReset = { entity_id: string; actor_type: string; token: string }

/**
 * A shopper asked the storefront for a new password: Medusa made a short-lived token, and this
 * e-mails the link to the storefront's reset page (the local notification provider logs it).
 * Links for staff (actor "user") are left to the admin dashboard's own flow.
 */
export default async function customerPasswordReset({ event, container }: SubscriberArgs<PasswordReset>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== "customer") return
  const storefront = process.env.STOREFRONT_URL || `http://localhost:${process.env.OCOP_STOREFRONT_PORT || 3000}`
  const query = new URLSearchParams({ token, email })
  const link = (lang: string) => `${storefront}/${lang}/account/reset-password?${query}`
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: "email",
    template: "customer-password-reset",
    data: {
      subject: "Đặt lại mật khẩu OCOP Hà Nội / Reset your OCOP Hanoi password",
      text: [
        "Bạn vừa yêu cầu đặt lại mật khẩu. Mở liên kết sau trong 15 phút để chọn mật khẩu mới:",
        link("vi"),
        "",
        "You asked to reset your password. Open this link within 15 minutes to choose a new one:",
        link("en"),
        "",
        "Nếu không phải bạn, hãy bỏ qua email này. / If this was not you, ignore this e-mail.",
      ].join("\n"),
      link: link("vi"),
    },
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Password reset link e-mailed to ${email}`)
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
