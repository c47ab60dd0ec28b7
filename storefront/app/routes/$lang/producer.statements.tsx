import { Form } from "react-router"
import { ProducerNav } from "../../components/producer-nav"
import { formatMoney } from "../../lib/format"
import { Month } from "../../lib/forms/producer-forms"
import { localeOf, producerLoad, producerName } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import { lastMonth, statementRows } from "./producer.server"
import type { Route } from "./+types/producer.statements"

/** ?month=YYYY-MM (a GET form, so a month's page can be bookmarked); last month by default. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = localeOf(params.lang)
  const asked = new URL(request.url).searchParams.get("month")
  const month = asked && Month.safeParse(asked).success ? asked : lastMonth()
  const answer = await producerLoad<unknown>(request, locale, `/producer/statements/${month}`, { format: "json" })
  return { locale, month, ...statementRows(answer), name: await producerName(request) }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Statements · OCOP producers" : "Sao kê · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

export default function ProducerStatements({ loaderData }: Route.ComponentProps) {
  const { locale, month, rows, totals, name } = loaderData
  const t = useT()
  const money = (n: number) => formatMoney(n, "vnd", locale)
  const label = `${month.slice(5)}/${month.slice(0, 4)}`
  const download = `/${locale}/producer/statements/${month}`
  return (
    <section className="producer-page">
      <ProducerNav name={name} />
      <h1>{t("producer.statements")}</h1>
      <Form method="get" className="row month-pick">
        <label className="field">
          <span>{t("producer.month")}</span>
          <input type="month" name="month" defaultValue={month} min="2020-01" required />
        </label>
        <button type="submit">{t("producer.show")}</button>
      </Form>
      <h2>{t("producer.statementFor", { month: label })}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("producer.noStatement")}</p>
      ) : (
        // One card per centre, not a four-column table: a phone cannot show 11.475.000 ₫ four times across.
        <ul className="producer-list">
          {[...rows.map((r) => ({ key: r.centre.handle, name: locale === "en" ? r.centre.name_en : r.centre.name_vi, ...r })), { key: "total", name: t("producer.total"), commission_percent: null, ...totals }].map((r) => (
            <li key={r.key} className={r.key === "total" ? "producer-card statement-total" : "producer-card"}>
              <h3>{r.name}</h3>
              <dl className="facts">
                <dt>{t("producer.sales")}</dt><dd>{money(r.sales)}</dd>
                <dt>{t("producer.commission")}{r.commission_percent !== null && ` (${r.commission_percent}%)`}</dt><dd>{money(r.commission)}</dd>
                <dt>{t("producer.owed")}</dt><dd><strong>{money(r.owed)}</strong></dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {/* Plain links, not <Link>: the answer is a file from a resource route, not a page. */}
      <p className="row">
        <a className="button" href={`${download}/csv`} download>{t("producer.downloadCsv")}</a>
        <a className="button" href={`${download}/pdf`} download>{t("producer.downloadPdf")}</a>
      </p>
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
