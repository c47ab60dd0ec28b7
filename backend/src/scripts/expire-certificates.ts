import type { ExecArgs } from "@medusajs/framework/types"
import { runCertificateExpiry } from "../lib/certificate-expiry-report"

/** `npm run ocop:expire-certificates`: the nightly expiry job, run now. */
export default async function expireCertificates({ container }: ExecArgs) {
  await runCertificateExpiry(container)
}
