import { data, Form, Link, useNavigation } from "react-router"
import { Field } from "../../components/field"
import { InvalidFields } from "../../components/invalid-fields"
import { backendSentence } from "../../lib/backend-errors"
import { requireCustomer } from "../../lib/customer.server"
import { AccountAction } from "../../lib/forms/account-forms"
import { formObject } from "../../lib/forms/cart-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import { formatDate, formatMoney } from "../../lib/format"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { bearer, sdk } from "../../lib/medusa.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/account"

type Order = { id: string; display_id: number; created_at: string; status: string; payment_status: string; total: number; currency_code: string }
type Address = { id: string; first_name: string; last_name: string; address_1: string; city: string; postal_code: string | null; country_code: string; phone: string | null }

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const token = await requireCustomer(request, locale)
  const headers = bearer(token)
  // Medusa's /store/orders answers only the signed-in customer's own orders.
  const [{ customer }, { orders }, { addresses }] = await Promise.all([
    sdk.client.fetch<{ customer: { first_name: string | null; email: string } }>("/store/customers/me", { headers }),
    sdk.client.fetch<{ orders: Order[] }>("/store/orders", {
      headers,
      query: { fields: "id,display_id,created_at,status,payment_status,total,currency_code", order: "-created_at", limit: 50 },
    }),
    sdk.client.fetch<{ addresses: Address[] }>("/store/customers/me/addresses", { headers }),
  ])
  return { locale, customer, orders, addresses }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const token = await requireCustomer(request, locale)
  const parsed = AccountAction.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ error: null, fields: parsed.error.issues.map((i) => i.message) }, { status: 400 })
  const { intent, ...input } = parsed.data
  try {
    if (intent === "add-address") {
      await sdk.client.fetch("/store/customers/me/addresses", { method: "POST", headers: bearer(token), body: input })
    } else {
      const { address_id } = input as { address_id: string }
      await sdk.client.fetch(`/store/customers/me/addresses/${address_id}`, { method: "DELETE", headers: bearer(token) })
    }
  } catch (error) {
    return data({ error: backendSentence(error, locale), fields: [] as string[] }, { status: 400 })
  }
  return { error: null, fields: [] as string[] }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Your account · OCOP Hanoi" : "Tài khoản · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

const FIELD_LABEL: Record<string, MessageKey> = {
  first_name: "checkout.firstName",
  last_name: "checkout.lastName",
  phone: "checkout.phone",
  address_1: "checkout.address1",
  city: "checkout.city",
  country_code: "checkout.country",
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, customer, orders, addresses } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/account-forms").then((m) => m.AccountAction), actionData?.fields)
  const bad = check.fields
  return (
    <section className="account">
      <h1>{t("account.hello", { name: customer.first_name || customer.email })}</h1>
      <Form method="post" action={`/${locale}/account/logout`}>
        <button type="submit" className="link">{t("account.logout")}</button>
      </Form>
      <h2>{t("account.orders")}</h2>
      {orders.length === 0 ? (
        <p>{t("account.noOrders")}</p>
      ) : (
        <table className="orders">
          <thead>
            <tr>
              <th scope="col">{t("order.number")}</th>
              <th scope="col">{t("account.placedOn", { date: "" }).trim()}</th>
              <th scope="col">{t("account.payment")}</th>
              <th scope="col">{t("cart.total")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td><Link to={`/${locale}/account/orders/${o.id}`}>#{o.display_id}</Link></td>
                <td>{formatDate(o.created_at, locale)}</td>
                <td>{t(`payment.${o.payment_status}` as MessageKey)}</td>
                <td>{formatMoney(o.total, o.currency_code, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("account.addresses")}</h2>
      {actionData?.error && <p role="alert" className="error">{actionData.error}</p>}
      {addresses.length === 0 ? (
        <p>{t("account.noAddresses")}</p>
      ) : (
        <ul className="addresses">
          {addresses.map((a) => (
            <li key={a.id}>
              <address>
                {a.first_name} {a.last_name}, {a.address_1}, {a.city} {a.postal_code ?? ""}, {a.country_code.toUpperCase()}
                {a.phone && <> · {a.phone}</>}
              </address>
              <Form method="post" {...check.form}>
                <input type="hidden" name="intent" value="delete-address" />
                <input type="hidden" name="address_id" value={a.id} />
                <button type="submit" className="link" disabled={busy}>{t("account.deleteAddress")}</button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <details className="panel" open={bad.length > 0 || undefined}>
        <summary>{t("account.addAddress")}</summary>
        <InvalidFields fields={bad} labels={FIELD_LABEL} />
        <Form method="post" className="address-form" {...check.form}>
          <input type="hidden" name="intent" value="add-address" />
          <div className="row2">
            <Field name="first_name" label={t("checkout.firstName")} autoComplete="given-name" required invalid={bad.includes("first_name")} />
            <Field name="last_name" label={t("checkout.lastName")} autoComplete="family-name" required invalid={bad.includes("last_name")} />
          </div>
          <Field name="phone" label={t("checkout.phone")} type="tel" autoComplete="tel" required invalid={bad.includes("phone")} />
          <Field name="address_1" label={t("checkout.address1")} autoComplete="street-address" required invalid={bad.includes("address_1")} />
          <div className="row2">
            <Field name="city" label={t("checkout.city")} autoComplete="address-level2" required invalid={bad.includes("city")} />
            <Field name="postal_code" label={t("checkout.postalCode")} autoComplete="postal-code" />
          </div>
          <Field name="country_code" label={t("checkout.country")} defaultValue="vn" maxLength={2} required invalid={bad.includes("country_code")} />
          <button type="submit" disabled={busy}>{t("account.addAddress")}</button>
        </Form>
      </details>
    </section>
  )
}
