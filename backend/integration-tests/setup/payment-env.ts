/** Test secrets: the Stripe key never leaves this machine (msw answers it); the others sign test requests. */
export const PAYMENT_ENV = {
  STRIPE_API_KEY: "sk_test_ocop_fake",
  STRIPE_WEBHOOK_SECRET: "whsec_ocop_test_secret",
  OCOP_VIETQR_WEBHOOK_SECRET: "ocop-test-bank-secret",
}
