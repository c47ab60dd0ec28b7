import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrPaymentProvider } from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
