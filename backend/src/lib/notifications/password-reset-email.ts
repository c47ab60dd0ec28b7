import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * The password-reset e-mail, the same words for shoppers and producers: Medusa made a
 * short-lived token, and the link (in each language) opens the storefront page that sends it
 * back. The local notification provider logs it.
 */
export async function sendPasswordResetEmail(
  container: MedusaContainer,
  input: { email: string; template: string; subject: string; link: (lang: "vi" | "en") => string }
) {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: input.email,
    channel: "email",
    template: input.template,
    data: {
      subject: input.subject,
      text: [
        "Bạn vừa yêu cầu đặt lại mật khẩu. Mở liên kết sau trong 15 phút để chọn mật khẩu mới:",
        input.link("vi"),
        "",
        "You asked to reset your password. Open this link within 15 minutes to choose a new one:",
        input.link("en"),
        "",
        "Nếu không phải bạn, hãy bỏ qua email này. / If this was not you, ignore this e-mail.",
      ].join("\n"),
      link: input.link("vi"),
    },
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`${input.template}: link e-mailed to ${input.email}`)
}
