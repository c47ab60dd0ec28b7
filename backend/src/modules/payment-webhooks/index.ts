import { Module } from "@medusajs/framework/utils"
import PaymentWebhooksModuleService from "./service"

export const PAYMENT_WEBHOOKS_MODULE = "payment_webhooks"

export default Module(PAYMENT_WEBHOOKS_MODULE, { service: PaymentWebhooksModuleService })
