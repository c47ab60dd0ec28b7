import { Link } from "react-router"
import { ProducerNav } from "../../components/producer-nav"
import { everyDay, SalesChart } from "../../components/sales-chart"
import { formatDate, formatMoney } from "../../lib/format"
import type { MessageKey } from "../../lib/i18n"
import { localeOf, producerLoad, producerName } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import { last30Days, type Sales } from "./producer.server"
import type { Route } from "./+types/producer"

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = localeOf(params.lang)
  const sales = await producerLoad<Sales>(request, locale, "/producer/sales", last30Days())
  return { locale, sales, name: await producerName(request) }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Sales overview · OCOP producers" : "Tổng quan · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

export default function ProducerDashboard({ loaderData }: Route.ComponentProps) {
  const { locale, sales, name } = loaderData
  const t = useT()
  const money = (n: number) => formatMoney(n, "vnd", locale)
  const title = (p: { title_vi: string; title_en: string }) => (locale === "en" ? p.title_en || p.title_vi : p.title_vi)
  const top = [...sales.by_product].sort((a, b) => b.revenue - a.revenue).slice(0, 5)
  return (
    <section className="producer-page">
      <ProducerNav name={name} />
      <h1>{t("producer.dashboard")}</h1>
      <p className="muted">{t("producer.last30", { from: formatDate(sales.from, locale), to: formatDate(sales.to, locale) })}</p>
      <dl className="totals-cards">
        <div><dt>{t("producer.revenue")}</dt><dd>{money(sales.totals.revenue)}</dd></div>
        <div><dt>{t("producer.orders")}</dt><dd>{sales.totals.orders}</dd></div>
        <div><dt>{t("producer.units")}</dt><dd>{sales.totals.units}</dd></div>
      </dl>
      <SalesChart days={everyDay(sales.from, sales.to, sales.series)} locale={locale} />
      <h2>{t("producer.topProducts")}</h2>
      {top.length === 0 ? (
        <p className="muted">{t("producer.noSales")}</p>
      ) : (
        <table className="orders">
          <thead><tr><th scope="col">{t("producer.product")}</th><th scope="col">{t("producer.units")}</th><th scope="col">{t("producer.revenue")}</th></tr></thead>
          <tbody>
            {top.map((p) => (
              <tr key={p.product_id}><td>{title(p)}</td><td>{p.units}</td><td>{money(p.revenue)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("producer.byCentre")}</h2>
      {sales.by_centre.length === 0 ? (
        <p className="muted">{t("producer.noSales")}</p>
      ) : (
        <table className="orders">
          <thead><tr><th scope="col">{t("producer.centre")}</th><th scope="col">{t("producer.units")}</th><th scope="col">{t("producer.revenue")}</th></tr></thead>
          <tbody>
            {sales.by_centre.map((c) => (
              <tr key={`${c.centre.handle}-${c.channel}`}>
                <td>{locale === "en" ? c.centre.name_en : c.centre.name_vi} <small className="muted">· {t(`producer.channel.${c.channel}` as MessageKey)}</small></td>
                <td>{c.units}</td>
                <td>{money(c.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="link-list producer-links">
        <li><Link to={`/${locale}/producer/listings/new`}>{t("producer.newListing")}</Link></li>
        <li><Link to={`/${locale}/producer/products`}>{t("producer.liveProducts")}</Link></li>
        <li><Link to={`/${locale}/producer/stock`}>{t("producer.deliver")}</Link></li>
        <li><Link to={`/${locale}/producer/statements`}>{t("producer.statements")}</Link></li>
      </ul>
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
