import { data, Link } from "react-router"
import { placedOrderCookie } from "../../lib/cart.server"
import { HandoverCentre } from "../../components/handover-centre"
import { backend, orderHandover, titlesByHandle } from "../../lib/catalogue.server"
import { formatMoney } from "../../lib/format"
import { isLocale, type Locale } from "../../lib/locale"
import { bearer, sdk, storeGet } from "../../lib/medusa.server"
import { customerToken } from "../../lib/session.server"
import { requireCustomer } from "../../lib/customer.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/orders.$id.confirmed"

type VietQr = { status: string; amount: number; reference: string; bank: { short_name: string }; account_number: string; account_name: string; image: string }

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  // Order ids are not secrets to share: the page opens only in the browser that placed it.
  if ((await placedOrderCookie.parse(request.headers.get("cookie"))) !== params.id) throw data(null, { status: 404 })
  // A signed-in shopper's order is theirs alone, and the backend shows it only with their token;
  // a guest's order opens by its id alone (backend store/orders/order-owner.ts).
  const token = await customerToken(request)
  const { order } = await backend(
    sdk.store.order.retrieve(
      params.id,
      { fields: "id,display_id,email,currency_code,total,*items,*shipping_methods,*payment_collections,*payment_collections.payment_sessions" } as any,
      token ? bearer(token) : undefined
    )
  ).catch(async (answer) => {
    // A session can outlive its token: the shopper signs in again and comes back here.
    if (token) await requireCustomer(request, locale)
    throw answer
  })
  const session = (order as any).payment_collections?.flatMap((c: any) => c.payment_sessions ?? []).find((s: any) => s.provider_id === "pp_vietqr_vietqr")
  const [vietqr, handover, titles] = await Promise.all([
    session ? backend(storeGet<{ vietqr: VietQr }>(`/store/ocop/vietqr/${session.id}`, locale)).then((r) => r.vietqr) : null,
    orderHandover(params.id, locale, token),
    titlesByHandle((order as any).items.map((i: any) => i.product_handle), locale),
  ])
  return { locale, order: order as any, vietqr, handover, titles: Object.fromEntries(titles) }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `#${data?.order.display_id ?? ""} · OCOP` }, { name: "robots", content: "noindex" }]
}

export default function Confirmed({ loaderData }: Route.ComponentProps) {
  const { locale, order, vietqr, handover, titles } = loaderData
  const t = useT()
  const pickup = order.shipping_methods?.some((m: any) => String(m.name).startsWith("Nhận tại"))
  return (
    <section className="confirmed">
      <h1>{t("order.thanks")}</h1>
      <p className="order-number">
        {t("order.number")}: <strong data-testid="order-number">#{order.display_id}</strong>
      </p>
      <p>{t("order.email", { email: order.email })}</p>
      {pickup && <p>{t("order.pickupNote")}</p>}
      <HandoverCentre handover={handover} />
      {vietqr && (
        <figure className="vietqr">
          <figcaption><h2>{t("order.vietqr")}</h2></figcaption>
          <img src={vietqr.image} alt={t("order.vietqr")} width={280} height={280} />
          <p>
            {t("order.vietqrText", {
              amount: formatMoney(vietqr.amount, "vnd", locale),
              bank: vietqr.bank.short_name,
              account: vietqr.account_number,
              name: vietqr.account_name,
              reference: vietqr.reference,
            })}
          </p>
        </figure>
      )}
      <h2>{t("order.items")}</h2>
      <ul className="review">
        {order.items.map((item: any) => (
          <li key={item.id}>
            {item.quantity} × {titles[item.product_handle] ?? item.product_title} <span className="muted">{formatMoney(item.total, order.currency_code, locale)}</span>
          </li>
        ))}
      </ul>
      <p className="total">{t("cart.total")}: <strong>{formatMoney(order.total, order.currency_code, locale)}</strong></p>
      <p><Link to={`/${locale}`}>{t("error.home")}</Link></p>
    </section>
  )
}
