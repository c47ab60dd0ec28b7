import { hanoiDay } from "@ocop/money"
import { useEffect, useState } from "react"
import { useSearchParams } from "react-router"
import { BarChart } from "../components/bar-chart"
import type { DayReport } from "../lib/api/types"
import { downloadText } from "../lib/download"
import { errorSentence } from "../lib/errors"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/** End of day: sales by product, by producer (what the centre owes each), by payment method; CSV. */
export default function DayReportPage() {
  const { t, money } = useI18n()
  const { services } = useTill()
  const [params, setParams] = useSearchParams()
  const date = params.get("date") ?? hanoiDay(new Date())
  const [report, setReport] = useState<DayReport | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    setReport(null)
    setProblem(null)
    services.api.dayReport(date).then(setReport, (e) => setProblem(errorSentence(e, t)))
  }, [date, services, t])

  async function csv() {
    try {
      downloadText(await services.api.dayReportCsv(date), `bao-cao-ngay-${date}.csv`)
    } catch (e) {
      setProblem(errorSentence(e, t))
    }
  }

  const methods = report ? (["cash", "vietqr", "card"] as const).map((m) => ({ label: t(`pay.${m}`), value: report.by_method[m] ?? 0 })) : []
  return (
    <section className="page report">
      <div className="page-head">
        <h1>{t("report.title")}</h1>
        <label className="inline">
          {t("report.date")}
          <input type="date" value={date} max={hanoiDay(new Date())} onChange={(e) => e.target.value && setParams({ date: e.target.value })} />
        </label>
        <button type="button" className="button" onClick={csv} disabled={!report}>{t("report.csv")}</button>
        <button type="button" className="button ghost" onClick={() => window.print()} disabled={!report}>{t("receipt.print")}</button>
      </div>
      <p className="error" role="alert">{problem ?? ""}</p>
      {!report && !problem && <p>{t("receipt.loading")}</p>}
      {report && (
        <>
          <div className="stat-cards">
            <div><span>{t("report.sales")}</span><b>{report.sales_count}</b></div>
            <div><span>{t("report.total")}</span><b>{money(report.total)}</b></div>
            <div><span>{t("report.returns")}</span><b>{money(report.returns_total)}</b></div>
            <div><span>{t("report.net")}</span><b>{money(report.total - report.returns_total)}</b></div>
          </div>
          <div className="report-grid">
            <section>
              <h2>{t("report.byMethod")}</h2>
              <BarChart title={t("report.byMethod")} items={methods} />
            </section>
            <section>
              <h2>{t("report.byProduct")}</h2>
              <BarChart title={t("report.byProduct")} items={report.by_product.map((p) => ({ label: p.title, value: p.total }))} />
            </section>
          </div>
          <section>
            <h2>{t("report.byProducer")}</h2>
            <p className="muted-text">{t("report.owed")}</p>
            <table className="list">
              <thead>
                <tr><th>{t("report.producer")}</th><th className="num">{t("report.quantity")}</th><th className="num">{t("report.owedAmount")}</th></tr>
              </thead>
              <tbody>
                {report.by_producer.map((p) => (
                  <tr key={p.handle}><td>{p.name}</td><td className="num">{p.quantity}</td><td className="num">{money(p.total)}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
          <section>
            <h2>{t("report.byProduct")}</h2>
            <table className="list">
              <thead>
                <tr><th>{t("returns.item")}</th><th className="num">{t("report.quantity")}</th><th className="num">{t("cart.total")}</th></tr>
              </thead>
              <tbody>
                {report.by_product.length === 0 && <tr><td colSpan={3} className="muted-text">{t("report.none")}</td></tr>}
                {report.by_product.map((p) => (
                  <tr key={p.product_id}><td>{p.title}</td><td className="num">{p.quantity}</td><td className="num">{money(p.total)}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  )
}
