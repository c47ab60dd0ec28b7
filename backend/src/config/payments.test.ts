import { describe, expect, it } from "vitest"
import { defaultVietQrAccount, enabledPaymentProviders, paymentModule, stripeCapture } from "./payments"

const providers = (env: Record<string, string>) => (paymentModule(env).options as any).providers as any[]
const STRIPE_KEYS = { STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_123" }

describe("payment module configuration", () => {
  it("runs pay-at-pickup and VietQR with no keys at all, and no Stripe", () => {
    expect(enabledPaymentProviders({})).toEqual(["pp_system_default", "pp_vietqr_vietqr"])
    expect(providers({}).map((p) => p.id)).toEqual(["vietqr"])
  })

  it("adds Stripe when both of its keys are set, capturing when the order is placed unless told otherwise", () => {
    expect(enabledPaymentProviders(STRIPE_KEYS)).toContain("pp_stripe_stripe")
    const stripe = providers(STRIPE_KEYS).find((p) => p.id === "stripe")
    expect(stripe.options).toEqual({ apiKey: "sk_test_123", webhookSecret: "whsec_123", capture: true })
    expect(providers({ ...STRIPE_KEYS, STRIPE_CAPTURE: "manual" }).find((p) => p.id === "stripe").options.capture).toBe(false)
  })

  it("refuses half a Stripe configuration or an unknown capture mode, saying what to set", () => {
    expect(() => paymentModule({ STRIPE_API_KEY: "sk_test_123" })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(() => stripeCapture({ STRIPE_CAPTURE: "later" })).toThrow(/"automatic" or "manual"/)
  })

  it("uses a demo receiving account outside production, and none in production unless one is named", () => {
    expect(defaultVietQrAccount({})?.bin).toBe("970436")
    expect(defaultVietQrAccount({ NODE_ENV: "production" })).toBeUndefined()
    const named = { OCOP_VIETQR_BANK_BIN: "970415", OCOP_VIETQR_ACCOUNT_NUMBER: "113366668888", OCOP_VIETQR_ACCOUNT_NAME: "TRUNG TAM OCOP" }
    expect(defaultVietQrAccount({ ...named, NODE_ENV: "production" })).toEqual({
      bin: "970415",
      account_number: "113366668888",
      account_name: "TRUNG TAM OCOP",
    })
  })

  it("names the variable that is wrong in a half-set or unknown bank account", () => {
    expect(() => defaultVietQrAccount({ OCOP_VIETQR_BANK_BIN: "970415" })).toThrow(/OCOP_VIETQR_ACCOUNT_NUMBER/)
    expect(() =>
      defaultVietQrAccount({ OCOP_VIETQR_BANK_BIN: "123456", OCOP_VIETQR_ACCOUNT_NUMBER: "1", OCOP_VIETQR_ACCOUNT_NAME: "X" })
    ).toThrow(/OCOP_VIETQR_BANK_BIN/)
  })
})
