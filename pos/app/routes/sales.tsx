import { useState } from "react"
import { Link } from "react-router"
import { SyncPanel } from "../components/sync-panel"
import type { Sale } from "../lib/api/types"
import type { LocalSale } from "../lib/db"
import { errorSentence } from "../lib/errors"
import { useLiveQuery } from "../lib/use-live-query"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/**
 * This till's sales, newest first, with where each stands (sent, waiting, refused), the sync's
 * progress and what to do with a refused one (SyncPanel), reprints and returns (offline too:
 * from the device's own record); and the centre's sales on the backend, by receipt number or words.
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

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("sales.title")}</h1>
        <Link className="button" to="/conflicts">{t("nav.conflicts")}</Link>
      </div>
      <SyncPanel />
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
                {s.status !== "failed" && s.status !== "resolved" && <Link className="button" to={`/returns/${s.sale?.id ?? s.client_id}`}>{t("nav.returns")}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
