import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerAreaLink } from "../storefront-link"

export const sendProducerInviteEmailStepId = "ocop-send-producer-invite-email"

/**
 * The invitation e-mail, in Vietnamese then English. The last step of the workflow: an e-mail
 * cannot be taken back, so nothing that might still fail comes after it.
 */
export const sendProducerInviteEmailStep = createStep(
  sendProducerInviteEmailStepId,
  async (input: { invite_id: string; email: string; token: string; producer_name: string }, { container }) => {
    const link = producerAreaLink("accept-invite", { token: input.token })
    const linkEn = producerAreaLink("accept-invite", { token: input.token }, "en")
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: input.email,
      channel: "email",
      template: "producer-invite",
      resource_id: input.invite_id,
      resource_type: "producer_invite",
      data: {
        subject: `Lời mời quản lý gian hàng ${input.producer_name} – OCOP Hà Nội / Your OCOP Hanoi producer login`,
        text: [
          `Trung tâm OCOP Hà Nội mời bạn quản lý sản phẩm của ${input.producer_name}.`,
          "Mở liên kết sau trong 7 ngày để đặt mật khẩu:",
          link,
          "",
          `The OCOP Hanoi centres invite you to manage ${input.producer_name}'s products.`,
          "Open this link within 7 days to choose a password:",
          linkEn,
        ].join("\n"),
        link,
      },
    })
    return new StepResponse(undefined)
  }
)
