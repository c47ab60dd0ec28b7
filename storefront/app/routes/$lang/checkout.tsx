import { data, Form, Link, redirect, useNavigation } from "react-router"
import { CartTotals } from "../../components/cart-totals"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { StripeCard } from "../../components/stripe-card"
import { backendSentence } from "../../lib/backend-errors"
import { CART_FIELDS, cartCookie, placedOrderCookie, readCart } from "../../lib/cart.server"
import { backend } from "../../lib/catalogue.server"
import { CheckoutAction } from "../../lib/forms/checkout-forms"
import { formObject } from "../../lib/forms/cart-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import { formatMoney } from "../../lib/format"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { sdk, storeGet, storePost } from "../../lib/medusa.server"
import { productTitle } from "../../lib/product-text"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/checkout"

/** Stripe's publishable key: cards are offered only where the region has Stripe and this is set. */
const STRIPE_KEY = process.env.STRIPE_PUBLISHABLE_KEY || ""
const STRIPE = "pp_stripe_stripe"
/** Payment methods this page can take: at pick-up (or on delivery), VietQR, and cards through Stripe. */
const PAYABLE = ["pp_system_default", "pp_vietqr_vietqr", ...(STRIPE_KEY ? [STRIPE] : [])]

/** Which centres can hand this cart over (backend: GET /store/ocop/carts/:id/centres). */
type CartCentres = {
  centres: { handle: string; name: string; pickup_option_ids: string[]; can_fulfil: boolean }[]
  delivery_centre: { handle: string; name: string } | null
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const cart = await readCart(request, locale)
  if (!cart?.items?.length) throw redirect(`/${locale}/cart`)
  // Step 2 opens once step 1 was saved: Medusa may pre-fill the country (one-country region) and a
  // signed-in shopper's e-mail, so those alone do not count.
  const a = cart.shipping_address
  const ready = Boolean(cart.email && a?.first_name && a?.last_name && a?.phone && a?.country_code)
  const [options, providers, handover] = ready
    ? await Promise.all([
        backend(sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })).then((r) => r.shipping_options),
        backend(sdk.store.payment.listPaymentProviders({ region_id: cart.region_id! })).then((r) => r.payment_providers),
        backend(storeGet<CartCentres>(`/store/ocop/carts/${cart.id}/centres`, locale)),
      ])
    : [[], [], { centres: [], delivery_centre: null } as CartCentres]
  // Each web order is handed over by one centre, from its own stock: pick-up only where all of it
  // is, and a delivery ships from a centre that has it all (INVARIANTS 2).
  const pickupAt = new Map(handover.centres.flatMap((c) => c.pickup_option_ids.map((id) => [id, c] as const)))
  return {
    locale,
    cart,
    ready,
    options: options
      .filter((o: any) => o.amount !== null && o.amount !== undefined)
      .map((o: any) => {
        const centre = pickupAt.get(o.id)
        return {
          id: o.id as string,
          name: centre ? centre.name : (o.name as string),
          amount: Number(o.amount),
          pickup: !!centre,
          available: centre ? centre.can_fulfil : !!handover.delivery_centre,
        }
      }),
    shipsFrom: handover.delivery_centre?.name ?? null,
    providers: providers.map((p) => p.id).filter((id) => PAYABLE.includes(id)),
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const cart = await readCart(request, locale)
  if (!cart) throw redirect(`/${locale}/cart`)
  const parsed = CheckoutAction.safeParse(formObject(await request.formData()))
  if (!parsed.success) {
    return data({ error: null, fields: [...new Set(parsed.error.issues.map((i) => i.message))] }, { status: 400 })
  }
  const input = parsed.data
  try {
    if (input.intent === "details") {
      const { intent: _, email, ...address } = input
      if (address.country_code !== "vn" && !address.address_1) return data({ error: null, fields: ["address_1"] }, { status: 400 })
      // A cart abroad moves to the International region (US dollars, international shipping).
      const { regions } = await sdk.store.region.list({ limit: 20 })
      const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === address.country_code))
      if (!region) return data({ error: null, fields: ["country_code"] }, { status: 400 })
      await sdk.store.cart.update(cart.id, {
        email,
        region_id: region.id,
        shipping_address: { ...address, address_1: address.address_1 || "—", city: address.city || "Hà Nội" },
        billing_address: { ...address, address_1: address.address_1 || "—", city: address.city || "Hà Nội" },
      })
      return { error: null, fields: [] as string[] }
    }
    if (input.provider_id === STRIPE && !STRIPE_KEY) return data({ error: null, fields: ["provider_id"] }, { status: 400 })
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: input.option_id })
    const { cart: priced } = await sdk.store.cart.retrieve(cart.id, { fields: CART_FIELDS } as any)
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(priced, { provider_id: input.provider_id })
    if (input.provider_id === STRIPE) {
      // The card is entered on Stripe's form next; Stripe then sends the shopper to checkout/card.
      const session = payment_collection.payment_sessions?.find((s) => s.provider_id === STRIPE)
      const secret = (session?.data as { client_secret?: string } | undefined)?.client_secret
      if (!secret) return data({ error: backendSentence({ message: "payment" }, locale), fields: [] as string[] }, { status: 400 })
      const url = new URL(request.url)
      return { error: null, fields: [] as string[], card: { key: STRIPE_KEY, secret, returnUrl: `${url.origin}/${locale}/checkout/card`, amount: formatMoney(priced.total, priced.currency_code, locale) } }
    }
    const completion = await storePost<{ type: "order"; order: { id: string } } | { type: "cart"; error: unknown }>(`/store/carts/${cart.id}/complete`, locale)
    if (!completion.ok) return data({ error: backendSentence(completion.body, locale), fields: [] as string[] }, { status: 400 })
    const done = completion.body
    if (done.type !== "order") return data({ error: backendSentence(done.error, locale), fields: [] as string[] }, { status: 400 })
    const headers = new Headers()
    headers.append("set-cookie", await cartCookie.serialize("", { maxAge: 0 }))
    headers.append("set-cookie", await placedOrderCookie.serialize(done.order.id))
    return redirect(`/${locale}/orders/${done.order.id}/confirmed`, { headers })
  } catch (error) {
    return data({ error: backendSentence(error, locale), fields: [] as string[] }, { status: 400 })
  }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Checkout · OCOP Hanoi" : "Thanh toán · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

const FIELD_LABEL: Record<string, MessageKey> = {
  email: "checkout.email",
  first_name: "checkout.firstName",
  last_name: "checkout.lastName",
  phone: "checkout.phone",
  country_code: "checkout.country",
  address_1: "checkout.address1",
  option_id: "checkout.method",
  provider_id: "checkout.payment",
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, cart, ready, options, shipsFrom, providers } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const a = (cart.shipping_address ?? {}) as Record<string, string | undefined>
  const check = useFormCheck(() => import("../../lib/forms/checkout-forms").then((m) => m.CheckoutAction), actionData?.fields)
  const bad = check.fields
  // Pick-up first (free, and the centre holds it), so one tap on "Place order" is enough.
  const firstChoice = (options.find((o) => o.available && o.pickup) ?? options.find((o) => o.available))?.id
  const card = actionData && "card" in actionData ? actionData.card : null
  return (
    <section className="checkout">
      <h1>{t("checkout.title")}</h1>
      <InvalidFields fields={bad} labels={FIELD_LABEL} sentence="checkout.invalid" />
      {actionData?.error && <p role="alert" className="error">{actionData.error}</p>}
      <Form method="post" className="panel" aria-labelledby="contact" {...check.form}>
        <h2 id="contact">{t("checkout.contact")}</h2>
        <input type="hidden" name="intent" value="details" />
        <Field name="email" label={t("checkout.email")} type="email" autoComplete="email" defaultValue={cart.email ?? ""} invalid={bad.includes("email")} required />
        <div className="row2">
          <Field name="first_name" label={t("checkout.firstName")} autoComplete="given-name" defaultValue={a.first_name} invalid={bad.includes("first_name")} required />
          <Field name="last_name" label={t("checkout.lastName")} autoComplete="family-name" defaultValue={a.last_name} invalid={bad.includes("last_name")} required />
        </div>
        <Field name="phone" label={t("checkout.phone")} type="tel" autoComplete="tel" defaultValue={a.phone} invalid={bad.includes("phone")} required />
        <label className="field">
          <span>{t("checkout.country")}</span>
          <select name="country_code" defaultValue={a.country_code ?? "vn"} autoComplete="country">
            {COUNTRIES.map(([code, vi, en]) => (
              <option key={code} value={code}>{locale === "en" ? en : vi}</option>
            ))}
          </select>
        </label>
        <Field name="address_1" label={t("checkout.address1")} autoComplete="street-address" defaultValue={a.address_1 === "—" ? "" : a.address_1} invalid={bad.includes("address_1")} />
        <div className="row2">
          <Field name="city" label={t("checkout.city")} autoComplete="address-level2" defaultValue={a.city} />
          <Field name="postal_code" label={t("checkout.postalCode")} autoComplete="postal-code" defaultValue={a.postal_code} />
        </div>
        <button type="submit" disabled={busy}>{ready ? t("checkout.edit") : t("checkout.continue")}</button>
      </Form>

      {ready && (
        <Form method="post" className="panel" aria-labelledby="method" data-testid="place-order" {...check.form}>
          <input type="hidden" name="intent" value="place" />
          <h2 id="method">{t("checkout.method")}</h2>
          {options.length === 0 && <p className="notice">{t("checkout.noOptions")}</p>}
          {(["pickup", "delivery"] as const).map((kind) => {
            const group = options.filter((o) => o.pickup === (kind === "pickup"))
            if (!group.length) return null
            const open = group.filter((o) => o.available)
            const closed = group.filter((o) => !o.available)
            const choice = (o: (typeof options)[number]) => (
              <label key={o.id} className={o.available ? "check" : "check unavailable"}>
                <input type="radio" name="option_id" value={o.id} defaultChecked={o.id === firstChoice} disabled={!o.available} required />
                <span>{o.name}</span>
                <span className="muted option-price">{o.amount === 0 ? t("checkout.free") : formatMoney(o.amount, cart.currency_code, locale)}</span>
              </label>
            )
            return (
              <fieldset key={kind}>
                <legend>{t(kind === "pickup" ? "checkout.pickup" : "checkout.delivery")}</legend>
                <p className="muted hint">
                  {kind === "pickup" ? t("checkout.pickupHint") : shipsFrom ? t("checkout.shipsFrom", { centre: shipsFrom }) : t("checkout.noDeliveryCentre")}
                </p>
                {(kind === "pickup" ? open : group).map(choice)}
                {/* Centres without the stock stay visible, folded away, so nobody wonders where their centre went. */}
                {kind === "pickup" && closed.length > 0 && (
                  <details className="unavailable-centres">
                    <summary>{t("checkout.notHereCount", { count: closed.length })}</summary>
                    {closed.map(choice)}
                  </details>
                )}
              </fieldset>
            )
          })}
          <fieldset>
            <legend>{t("checkout.payment")}</legend>
            {providers.map((id, i) => (
              <label key={id} className="check">
                <input type="radio" name="provider_id" value={id} defaultChecked={i === 0} required />
                <span>{t(`pay.${id}` as MessageKey)}</span>
              </label>
            ))}
          </fieldset>
          <h2>{t("checkout.review")}</h2>
          <ul className="review">
            {cart.items!.map((item: any) => (
              <li key={item.id}>
                {item.quantity} × {productTitle(item.product ?? { title: item.product_title }, locale)} <span className="muted">{formatMoney(item.total ?? item.unit_price * item.quantity, cart.currency_code, locale)}</span>
              </li>
            ))}
          </ul>
          <CartTotals cart={cart} locale={locale} />
          {providers.length === 0 && <p className="notice">{t("checkout.noPayment")}</p>}
          <button type="submit" className="primary" disabled={busy || !firstChoice || providers.length === 0}>
            {busy ? t("checkout.placing") : t("checkout.place")}
          </button>
        </Form>
      )}
      {card && <StripeCard publishableKey={card.key} clientSecret={card.secret} returnUrl={card.returnUrl} locale={locale} amount={card.amount} />}
      <p><Link to={`/${locale}/cart`}>{t("cart.title")}</Link></p>
    </section>
  )
}

/** The countries the regions ship to (seed/data/regions.json). */
const COUNTRIES: [string, string, string][] = [
  ["vn", "Việt Nam", "Vietnam"],
  ["us", "Hoa Kỳ", "United States"],
  ["gb", "Anh", "United Kingdom"],
  ["fr", "Pháp", "France"],
  ["de", "Đức", "Germany"],
  ["au", "Úc", "Australia"],
  ["kr", "Hàn Quốc", "South Korea"],
  ["jp", "Nhật Bản", "Japan"],
  ["cn", "Trung Quốc", "China"],
  ["sg", "Singapore", "Singapore"],
]
