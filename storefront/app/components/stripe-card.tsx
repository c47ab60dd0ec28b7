import type { Stripe, StripeElements, StripeElementLocale } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useEffect, useRef, useState } from "react"
import { useT } from "../lib/use-t"

/**
 * Stripe's Payment Element for the session the checkout action started. Card details go from the
 * browser to Stripe only; Stripe then sends the shopper to `returnUrl` (after 3-D Secure when the
 * bank asks for it), where the order is placed. Stripe.js is loaded from Stripe, as Stripe requires,
 * and only on this step, so no other page carries it.
 */
export function StripeCard({ publishableKey, clientSecret, returnUrl, locale, amount }: {
  publishableKey: string
  clientSecret: string
  returnUrl: string
  locale: StripeElementLocale
  amount: string
}) {
  const t = useT()
  const box = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let gone = false
    loadStripe(publishableKey, { locale })
      .then((stripe) => {
        if (gone || !stripe || !box.current) return
        const elements = stripe.elements({ clientSecret, locale })
        elements.create("payment").mount(box.current)
        setReady({ stripe, elements })
      })
      .catch(() => setError(t("card.unavailable")))
    return () => {
      gone = true
    }
  }, [publishableKey, clientSecret, locale, t])

  async function pay(event: React.FormEvent) {
    event.preventDefault()
    if (!ready) return
    setBusy(true)
    setError(null)
    const { error: refused } = await ready.stripe.confirmPayment({ elements: ready.elements, confirmParams: { return_url: returnUrl } })
    // Only reached when Stripe did not send the shopper on: a refused card or an incomplete field.
    setError(refused?.message ?? t("card.failed"))
    setBusy(false)
  }

  return (
    <form onSubmit={pay} className="panel card-form" aria-labelledby="card-heading">
      <h2 id="card-heading">{t("card.title")}</h2>
      <noscript><p className="notice">{t("card.needsScript")}</p></noscript>
      <div ref={box} className="card-element" />
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy ? t("checkout.placing") : t("card.pay", { amount })}
      </button>
    </form>
  )
}
