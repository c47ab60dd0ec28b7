import { useState } from "react"
import { Link } from "react-router"
import type { Sale } from "../lib/api/types"
import type { LocalSale } from "../lib/db"
import { errorSentence } from "../lib/errors"
import { useLiveQuery } from "../lib/use-live-query"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/**
 * This till's sales, newest first, with where each stands (sent, waiting, refused), what to do
 * with a refused one, and reprints; and the centre's sales on the backend, by receipt number or words.
 */
export default function Sales() {
  const { t, money, dateTime } = useI18n()
  const { services } = useTill()
  const local = useLiveQuery(() => services.db.sales.orderBy("created_at").reverse().limit(100).toArray(), [services], [] as LocalSale[])
  const [q, setQ] = useState("")
  const [found, setFound] = useState<Sale[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  async function search(e: React.FormEvent) {
    e.preventDefault()
    setProblem(null)
    try {
      const text = q.trim()
      const answer = /^[A-Za-z0-9]+-\d{6,}$/.test(text) ? await services.api.findSales({ receipt: text.toUpperCase() }) : await services.api.findSales({ q: text, limit: 50 })
      setFound(answer.sales)
    } catch (err) {
      setProblem(errorSentence(err, t))
    }
  }

  const failed = local.filter((s) => s.status === "failed")
  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("sales.title")}</h1>
        <button type="button" className="button" onClick={() => void services.queue.kick()}>{t("sales.syncNow")}</button>
      </div>
      {failed.length > 0 && (
        <div className="failed-box" role="alert">
          <h2>{t("sales.failedTitle", { count: failed.length })}</h2>
          {failed.map((s) => (
            <div key={s.client_id} className="failed-sale">
              <p><b>{s.receipt_number}</b> · {money(s.receipt.total)} — {s.error?.sentence ?? t("error.refused")}</p>
              <div className="row-actions">
                <button type="button" className="button" onClick={() => void services.queue.retry(s.client_id)}>{t("sales.retry")}</button>
                <button type="button" className="button" onClick={() => void services.queue.resolve(s.client_id, "voided at the counter")}>{t("sales.resolve")}</button>
                <Link className="button ghost" to={`/receipts/${s.client_id}`}>{t("sales.view")}</Link>
              </div>
            </div>
          ))}
          <p className="muted-text">{t("sales.failedHelp")}</p>
        </div>
      )}
      <form className="inline-form" role="search" onSubmit={search}>
        <input value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("sales.searchHint")} aria-label={t("sales.searchHint")} />
        <button className="button primary">{t("search.submit")}</button>
      </form>
      <p className="error" role="alert">{problem ?? ""}</p>
      {found && (
        <table className="list">
          <caption>{t("sales.onBackend", { count: found.length })}</caption>
          <tbody>
            {found.map((s) => (
              <tr key={s.id}>
                <td><b>{s.receipt_number}</b><small>{s.till_id}</small></td>
                <td>{dateTime(s.sold_at)}</td>
                <td className="num">{money(s.total)}</td>
                <td className="row-actions">
                  <Link className="button" to={`/receipts/${s.id}`}>{t("sales.reprint")}</Link>
                  <Link className="button" to={`/returns/${s.id}`}>{t("nav.returns")}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="list">
        <caption>{t("sales.onDevice")}</caption>
        <thead>
          <tr>
            <th>{t("sales.receipt")}</th>
            <th>{t("sales.time")}</th>
            <th className="num">{t("cart.total")}</th>
            <th>{t("sales.status")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {local.length === 0 && (
            <tr>
              <td colSpan={5} className="muted-text">{t("sales.none")}</td>
            </tr>
          )}
          {local.map((s) => (
            <tr key={s.client_id}>
              <td><b>{s.receipt_number}</b></td>
              <td>{dateTime(s.created_at)}</td>
              <td className="num">{money(s.receipt.total)}</td>
              <td><span className={`status ${s.status}`}>{t(`status.${s.status}`)}</span></td>
              <td className="row-actions">
                <Link className="button" to={`/receipts/${s.client_id}`}>{t("sales.reprint")}</Link>
                {s.sale && <Link className="button" to={`/returns/${s.sale.id}`}>{t("nav.returns")}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
