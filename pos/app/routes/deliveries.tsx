import { useCallback, useEffect, useState } from "react"
import type { Delivery } from "../lib/api/types"
import { initialCounts, receivedLines, type Counts } from "../lib/delivery-count"
import { errorSentence } from "../lib/errors"
import { useTill } from "../lib/till-context"
import { useAction } from "../lib/use-action"
import { useI18n } from "../lib/use-t"

/**
 * Goods producers proposed for this centre (`GET /pos/deliveries`). The clerk counts what
 * arrived and confirms: the backend raises the centre's stock once and puts the products on sale
 * at this counter. Online only: a receipt changes the one inventory, which a till never guesses.
 */
export default function Deliveries() {
  const { t, locale, dateTime } = useI18n()
  const { services, online } = useTill()
  const [rows, setRows] = useState<Delivery[] | null>(null)
  const [counts, setCounts] = useState<Record<string, Counts>>({})
  const [done, setDone] = useState<string | null>(null)
  const { busy, problem, setProblem, run } = useAction()

  const load = useCallback(() => {
    services.api.deliveries().then(
      ({ deliveries }) => {
        setRows(deliveries)
        setCounts(Object.fromEntries(deliveries.map((d) => [d.id, initialCounts(d)])))
      },
      (e) => setProblem(errorSentence(e, t)),
    )
  }, [services, t, setProblem])
  useEffect(() => {
    if (online) load()
  }, [online, load])

  const receive = (delivery: Delivery) =>
    run(async () => {
      const lines = receivedLines(delivery, counts[delivery.id] ?? {})
      if (!lines) return setProblem(t("deliveries.invalid"))
      setDone(null)
      await services.api.receiveDelivery(delivery.id, lines)
      setRows((rs) => (rs ?? []).filter((r) => r.id !== delivery.id))
      setDone(t("deliveries.done"))
    })

  const setCount = (id: string, variantId: string, value: string) =>
    setCounts((c) => ({ ...c, [id]: { ...c[id], [variantId]: value } }))

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("deliveries.title")}</h1>
        <p className="muted-text">{t("deliveries.lead")}</p>
      </div>
      {!online && <p className="warning">{t("deliveries.offline")}</p>}
      <p className="error" role="alert">{problem ?? ""}</p>
      {done && <p className="done" role="status">{done}</p>}
      {rows === null && online && <p className="muted-text">{t("receipt.loading")}</p>}
      {rows?.length === 0 && <p className="done">{t("deliveries.none")}</p>}
      {(rows ?? []).map((delivery) => (
        <table key={delivery.id} className="list">
          <caption>
            {t("deliveries.from", { producer: delivery.producer?.legal_name ?? "—" })}
            <small> · {t("deliveries.proposedAt", { date: dateTime(delivery.created_at) })}</small>
            {delivery.note && <small> · {delivery.note}</small>}
          </caption>
          <thead>
            <tr>
              <th>{t("deliveries.product")}</th>
              <th className="num">{t("deliveries.proposed")}</th>
              <th className="num">{t("deliveries.received")}</th>
            </tr>
          </thead>
          <tbody>
            {delivery.lines.map((line) => (
              <tr key={line.variant_id}>
                <td>
                  {locale === "vi" ? line.title_vi : line.title_en}
                  {line.sku && <small>{line.sku}</small>}
                </td>
                <td className="num">{line.quantity}</td>
                <td className="num">
                  <input
                    inputMode="numeric"
                    aria-label={`${t("deliveries.received")}: ${line.title_vi}`}
                    value={counts[delivery.id]?.[line.variant_id] ?? ""}
                    onChange={(e) => setCount(delivery.id, line.variant_id, e.target.value)}
                    size={5}
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>
                <button type="button" className="button primary" disabled={!online || busy} onClick={() => void receive(delivery)}>
                  {t("deliveries.confirm")}
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
      ))}
    </section>
  )
}
