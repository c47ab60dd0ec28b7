import type { MedusaContainer } from "@medusajs/framework/types"
import { runCertificateExpiry } from "../lib/certificate-expiry-report"

/** Every night at 02:00 (and on demand: `npm run ocop:expire-certificates`). */
export default async function withdrawExpiredCertificatesJob(container: MedusaContainer) {
  await runCertificateExpiry(container)
}

export const config = {
  name: "withdraw-expired-ocop-certificates",
  schedule: "0 2 * * *",
}
