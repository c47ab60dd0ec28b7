import { useCallback, useEffect, useState } from "react"
import { ConflictText } from "../components/sync-panel"
import type { ConflictRow } from "../lib/api/types"
import { errorSentence } from "../lib/errors"
import { useTill } from "../lib/till-context"
import { useAction } from "../lib/use-action"
import { useI18n } from "../lib/use-t"

/**
 * Offline sales the backend kept although their stock had gone (INVARIANTS 3): this centre's
 * open ones, from `GET /pos/conflicts?status=open`, each resolved with a note of what was done.
 */
export default function Conflicts() {
  const { t, dateTime } = useI18n()
  const { services, online } = useTill()
  const [rows, setRows] = useState<ConflictRow[] | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const { busy, problem, setProblem, run } = useAction()

  const load = useCallback(() => {
    services.api.conflicts("open").then(({ conflicts }) => setRows(conflicts), (e) => setProblem(errorSentence(e, t)))
  }, [services, t, setProblem])
  useEffect(() => {
    if (online) load()
  }, [online, load])

  const resolve = (row: ConflictRow) =>
    run(async () => {
      await services.api.resolveConflict(row.sale_id, (notes[row.sale_id] ?? "").trim())
      // This device's copy of the sale stops listing it too.
      await services.db.sales.filter((s) => s.sale?.id === row.sale_id).modify((s) => {
        if (s.sale?.conflict) s.sale.conflict.status = "resolved"
      })
      setRows((rs) => (rs ?? []).filter((r) => r.sale_id !== row.sale_id))
    })

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t("conflicts.title")}</h1>
        <p className="muted-text">{t("conflicts.lead")}</p>
      </div>
      {!online && <p className="warning">{t("conflicts.offline")}</p>}
      <p className="error" role="alert">{problem ?? ""}</p>
      {rows === null && online && <p className="muted-text">{t("receipt.loading")}</p>}
      {rows?.length === 0 && <p className="done">{t("conflicts.none")}</p>}
      <ul className="conflict-list">
        {(rows ?? []).map((row) => (
          <li key={row.sale_id} className="conflict-row">
            <div>
              <b>{row.receipt_number ?? row.sale_id}</b>
              {row.sold_at && <small> · {dateTime(row.sold_at)}</small>}
              {row.till_id && <small> · {t("header.till", { till: row.till_id })}</small>}
              <p><ConflictText conflict={row} number={row.receipt_number ?? ""} /></p>
            </div>
            <label>
              {t("conflicts.note")}
              <input value={notes[row.sale_id] ?? ""} onChange={(e) => setNotes((n) => ({ ...n, [row.sale_id]: e.target.value }))} maxLength={200} />
            </label>
            <button type="button" className="button primary" disabled={!online || busy || !(notes[row.sale_id] ?? "").trim()} onClick={() => void resolve(row)}>{t("conflicts.resolve")}</button>
          </li>
        ))}
      </ul>
    </section>
  )
}
