import { Link } from "react-router"
import type { StockConflict } from "../lib/api/types"
import type { LocalReturn, LocalSale, LocalShiftOpen } from "../lib/db"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useQueueState, useSyncProgress } from "../lib/use-sync-progress"
import { OfflineNote } from "./offline-note"

/**
 * The queue for the clerk: "n of m synced" with a bar while a sync runs (whichever tab sends),
 * each refused sale or return with the backend's sentence and what to do, and the sales the
 * backend kept with a stock conflict.
 */
export function SyncPanel() {
  const { t, money, dateTime } = useI18n()
  const { services, online } = useTill()
  const p = useSyncProgress()
  const state = useQueueState()
  const reason = (row: LocalSale | LocalReturn | LocalShiftOpen) => (row.error?.code === "sale_refused" ? t("returns.saleRefused") : row.error?.sentence ?? t("error.refused"))

  return (
    <section className="sync-panel" aria-label={t("sync.title")}>
      <div className="sync-progress">
        <p className="sync-line">
          <b>{p.total > 0 ? t("sync.progress", { done: p.done, total: p.total }) : t("sync.allSent")}</b>
          {state.otherTab && p.pending > 0 && <small> · {t("sync.otherTab")}</small>}
        </p>
        {p.total > 0 && <progress max={p.total} value={p.done} aria-label={t("sync.progress", { done: p.done, total: p.total })} />}
        <OfflineNote />
        <button type="button" className="button" disabled={!online || p.pending === 0} onClick={() => void services.queue.kick()}>{t("sales.syncNow")}</button>
      </div>
      {p.failedSales.length + p.failedReturns.length + p.failedShifts.length > 0 && (
        <div className="failed-box" role="alert">
          {p.failedShifts.map((s) => (
            <div key={s.client_id} className="failed-sale">
              <p><b>{t("sales.shiftOpenedOffline", { time: dateTime(s.body.opened_at ?? s.created_at) })}</b> — {reason(s)}</p>
              <div className="row-actions">
                <button type="button" className="button" onClick={() => void services.queue.retry(s.client_id)}>{t("sales.retry")}</button>
              </div>
            </div>
          ))}
          {p.failedSales.length > 0 && <h2>{t("sales.failedTitle", { count: p.failedSales.length })}</h2>}
          {p.failedSales.map((s) => (
            <div key={s.client_id} className="failed-sale">
              <p><b>{s.receipt_number}</b> · {money(s.receipt.total)} — {reason(s)}</p>
              <div className="row-actions">
                <button type="button" className="button" onClick={() => void services.queue.retry(s.client_id)}>{t("sales.retry")}</button>
                <button type="button" className="button" onClick={() => void services.queue.resolve(s.client_id, "voided at the counter")}>{t("sales.resolve")}</button>
                <Link className="button ghost" to={`/receipts/${s.client_id}`}>{t("sales.view")}</Link>
              </div>
            </div>
          ))}
          {p.failedReturns.length > 0 && <h2>{t("sales.failedReturnsTitle", { count: p.failedReturns.length })}</h2>}
          {p.failedReturns.map((r) => (
            <div key={r.client_id} className="failed-sale">
              <p><b>{t("sales.returnOf", { number: r.receipt_number })}</b> · {money(r.amount)} — {reason(r)}</p>
              <div className="row-actions">
                <button type="button" className="button" onClick={() => void services.queue.retry(r.client_id)}>{t("sales.retry")}</button>
                <button type="button" className="button" onClick={() => void services.queue.resolve(r.client_id, "settled at the counter")}>{t("sales.resolve")}</button>
              </div>
            </div>
          ))}
          <p className="muted-text">{t("sales.failedHelp")}</p>
        </div>
      )}
      {p.conflicts.length > 0 && (
        <div className="conflict-box">
          <h2>{t("conflicts.synced", { count: p.conflicts.length })}</h2>
          <ul>
            {p.conflicts.map((s) => (
              <li key={s.client_id}>
                <b>{s.receipt_number}</b> — <ConflictText conflict={s.sale!.conflict!} number={s.sale!.receipt_number} />
              </li>
            ))}
          </ul>
          <Link className="button" to="/conflicts">{t("conflicts.open")}</Link>
        </div>
      )}
    </section>
  )
}

/** What a conflict is, in a sentence: lines short of stock, withdrawn or repriced, or the receipt number taken. */
export function ConflictText({ conflict, number }: { conflict: StockConflict; number: string }) {
  const { t, money, locale } = useI18n()
  const { catalogue } = useTill()
  // The backend names products in Vietnamese; the catalogue on the device has both languages.
  const title = (variantId: string, fallback: string) => {
    if (locale === "vi") return fallback
    return catalogue.find((p) => p.variants.some((v) => v.id === variantId))?.title_en ?? fallback
  }
  const parts = conflict.lines.map((l) => t("conflicts.line", { title: title(l.variant_id, l.title), wanted: l.wanted, available: l.available }))
  for (const w of conflict.withdrawn ?? []) parts.push(t("conflicts.withdrawn", { title: title(w.variant_id, w.title) }))
  for (const p of conflict.prices ?? []) {
    parts.push(t("conflicts.price", { title: title(p.variant_id, p.title), sold: money(p.sold_price), current: p.current_price === null ? "—" : money(p.current_price) }))
  }
  if (conflict.renumbered_from) parts.push(t("conflicts.renumbered", { from: conflict.renumbered_from, number }))
  return <>{parts.join("; ")}</>
}
