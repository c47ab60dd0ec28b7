import { data, Link } from "react-router"
import { HandoverCentre } from "../../components/handover-centre"
import { orderHandover, titlesByHandle } from "../../lib/catalogue.server"
import { requireCustomer } from "../../lib/customer.server"
import { formatDate, formatMoney } from "../../lib/format"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { bearer, sdk } from "../../lib/medusa.server"
import { sessions } from "../../lib/session.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/account.orders.$id"

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const token = await requireCustomer(request, locale)
  const me = (await sessions.getSession(request.headers.get("cookie"))).get("customer_id")
  const order = await sdk.client
    .fetch<{ order: any }>(`/store/orders/${params.id}`, {
      headers: bearer(token),
      query: { fields: "id,display_id,customer_id,created_at,status,payment_status,fulfillment_status,email,currency_code,total,subtotal,shipping_total,*items,*shipping_methods,*shipping_address" },
    })
    .then((r) => r.order, () => null)
  // Someone else's order is "not found", never shown: the page checks the owner itself.
  if (!order || !me || order.customer_id !== me) throw data(null, { status: 404 })
  const [handover, titles] = await Promise.all([
    orderHandover(order.id, locale, token),
    titlesByHandle(order.items.map((i: any) => i.product_handle), locale),
  ])
  return { locale, order, handover, titles: Object.fromEntries(titles) }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `#${data?.order.display_id ?? ""} · OCOP` }, { name: "robots", content: "noindex" }]
}

export default function AccountOrder({ loaderData }: Route.ComponentProps) {
  const { locale, order, handover, titles } = loaderData
  const t = useT()
  const money = (n: number) => formatMoney(n, order.currency_code, locale)
  return (
    <section className="account-order">
      <h1>{t("account.order", { number: order.display_id })}</h1>
      <p className="muted">{t("account.placedOn", { date: formatDate(order.created_at, locale) })}</p>
      <p>
        {t("account.payment")}: <strong>{t(`payment.${order.payment_status}` as MessageKey)}</strong>
      </p>
      <ul className="review">
        {order.items.map((item: any) => (
          <li key={item.id}>
            {item.quantity} × {titles[item.product_handle] ?? item.product_title} {item.variant_title && item.variant_title !== "Default option value" && <span className="muted">({item.variant_title})</span>}{" "}
            <span className="muted">{money(item.total)}</span>
          </li>
        ))}
      </ul>
      <HandoverCentre handover={handover} />
      <dl className="totals">
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(order.subtotal)}</dd>
        <dt>{t("cart.shipping")}</dt>
        <dd>{money(order.shipping_total)}</dd>
        <dt className="total">{t("cart.total")}</dt>
        <dd className="total">{money(order.total)}</dd>
      </dl>
      <p><Link to={`/${locale}/account`}>{t("account.back")}</Link></p>
    </section>
  )
}
