import { MedusaService } from "@medusajs/framework/utils"
import WebhookEvent from "./models/webhook-event"

class PaymentWebhooksModuleService extends MedusaService({ WebhookEvent }) {}

export default PaymentWebhooksModuleService
