/**
 * Configures Medusa's Payment Module from the environment.
 *
 * - Always: Medusa's system provider (pay at pick-up / cash on delivery) and VietQR bank transfer
 *   (src/providers/payment-vietqr). Neither needs a key.
 * - STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET set: Stripe cards through @medusajs/payment-stripe.
 *   One without the other is refused: without the secret, 3-D Secure and async payments would
 *   never reach their orders.
 */
import { bankAccountProblem, type BankAccount } from "../modules/ocop/lib/bank-account"
import type { Env, ModuleEntry } from "./infrastructure"

export const SYSTEM_PROVIDER_ID = "pp_system_default"
export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/** A demo account (Vietcombank's BIN, a made-up number) so `npm start` can show a code; a
 *  production server names its own or gives every centre one. */
const DEMO_ACCOUNT: BankAccount = { bin: "970436", account_number: "0011000000001", account_name: "TRUNG TAM OCOP HA NOI DEMO" }

export function stripeConfigured(env: Env): boolean {
  const key = env.STRIPE_API_KEY
  const secret = env.STRIPE_WEBHOOK_SECRET
  if (!!key !== !!secret) {
    throw new Error(
      "Set both STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET, or neither: Stripe payments need the webhook secret to confirm 3-D Secure and other delayed payments."
    )
  }
  return !!key
}

/** "automatic" (default): the card is charged when the order is placed. "manual": the charge is
 *  held and staff capture it in the admin (Stripe releases holds after 7 days). */
export function stripeCapture(env: Env): boolean {
  const mode = env.STRIPE_CAPTURE || "automatic"
  if (mode !== "automatic" && mode !== "manual") {
    throw new Error(`STRIPE_CAPTURE must be "automatic" or "manual" (got "${mode}").`)
  }
  return mode === "automatic"
}

const ENV_FIELDS = {
  bin: "OCOP_VIETQR_BANK_BIN",
  account_number: "OCOP_VIETQR_ACCOUNT_NUMBER",
  account_name: "OCOP_VIETQR_ACCOUNT_NAME",
}

export function defaultVietQrAccount(env: Env): BankAccount | undefined {
  const named = env.OCOP_VIETQR_BANK_BIN || env.OCOP_VIETQR_ACCOUNT_NUMBER || env.OCOP_VIETQR_ACCOUNT_NAME
  if (!named) return env.NODE_ENV === "production" ? undefined : DEMO_ACCOUNT
  const account = {
    bin: env.OCOP_VIETQR_BANK_BIN ?? "",
    account_number: env.OCOP_VIETQR_ACCOUNT_NUMBER ?? "",
    account_name: env.OCOP_VIETQR_ACCOUNT_NAME ?? "",
  }
  const problem = bankAccountProblem(account, ENV_FIELDS)
  if (problem) throw new Error(problem)
  return account
}

/** The providers this server runs, by Medusa id, in the order a checkout offers them. */
export function enabledPaymentProviders(env: Env): string[] {
  return [SYSTEM_PROVIDER_ID, VIETQR_PROVIDER_ID, ...(stripeConfigured(env) ? [STRIPE_PROVIDER_ID] : [])]
}

export function paymentModule(env: Env): ModuleEntry {
  const providers: Record<string, unknown>[] = [
    {
      resolve: "./src/providers/payment-vietqr",
      id: "vietqr",
      options: { default_account: defaultVietQrAccount(env) },
    },
  ]
  if (stripeConfigured(env)) {
    providers.push({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: {
        apiKey: env.STRIPE_API_KEY,
        webhookSecret: env.STRIPE_WEBHOOK_SECRET,
        capture: stripeCapture(env),
      },
    })
  }
  return { resolve: "@medusajs/medusa/payment", options: { providers } }
}
