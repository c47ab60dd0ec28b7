import { VND_DENOMINATIONS } from "@ocop/money"
import { useEffect, useState } from "react"
import { Link, useNavigate } from "react-router"
import { ShiftReportPaper } from "../components/shift-report"
import type { ShiftReport } from "../lib/api/types"
import { cashDifference, countedBody, countedTotal, type CashCount } from "../lib/cash-count"
import { errorSentence } from "../lib/errors"
import { useLiveQuery } from "../lib/use-live-query"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useAction } from "../lib/use-action"

/** Closing: count the drawer note by note, see expected, counted and the difference, print the report. */
export default function CloseShift() {
  const { t, money, locale } = useI18n()
  const { services, me, shift, setShift } = useTill()
  const navigate = useNavigate()
  const [count, setCount] = useState<CashCount>({})
  const [report, setReport] = useState<ShiftReport | null>(null)
  const [closed, setClosed] = useState<ShiftReport | null>(null)
  const { busy, problem, setProblem, run } = useAction()
  const unsent = useLiveQuery(() => services.db.sales.where("status").anyOf("pending", "failed").count(), [services], 0)

  useEffect(() => {
    if (!shift || shift.pending) return
    services.api.shiftReport(shift.id).then((r) => setReport(r.report), (e) => setProblem(errorSentence(e, t)))
  }, [services, shift, t])

  const centre = locale === "vi" ? me.centre.name_vi : me.centre.name_en
  if (closed) {
    return (
      <section className="print-page">
        <div className="toolbar no-print">
          <h1>{t("shift.closedTitle")}</h1>
          <button type="button" className="button primary big" onClick={() => window.print()}>{t("receipt.print")}</button>
          <Link className="button" to="/shift/open">{t("shift.openNext")}</Link>
        </div>
        <ShiftReportPaper report={closed} centre={me.centre.name_vi} />
      </section>
    )
  }
  if (!shift) {
    return (
      <section className="centre-page">
        <div className="card">
          <h1>{t("shift.none")}</h1>
          <Link className="button primary big" to="/shift/open">{t("nav.openShift")}</Link>
        </div>
      </section>
    )
  }

  const expected = report?.expected_cash ?? null
  const total = countedTotal(count)
  const difference = expected === null ? null : cashDifference(expected, count)
  const set = (face: number, n: number) => setCount((c) => ({ ...c, [face]: Math.max(0, Math.min(9_999, Math.floor(n) || 0)) }))

  const close = () =>
    run(async () => {
      const answer = await services.api.closeShift(shift.id, countedBody(count))
      await setShift(null)
      setClosed(answer.report)
    })

  return (
    <section className="close-shift">
      <div className="count-grid" role="table" aria-label={t("shift.count")}>
        {VND_DENOMINATIONS.map((d) => (
          <div className={`count-row ${d.kind}`} key={d.value} role="row">
            <span className="face" role="cell">{money(d.value)}<small>{t(d.kind === "note" ? "shift.note" : "shift.coin")}</small></span>
            <button type="button" className="step" onClick={() => set(d.value, (count[d.value] ?? 0) - 1)} aria-label={t("cart.less")}>−</button>
            <input role="cell" inputMode="numeric" aria-label={t("shift.howMany", { face: money(d.value) })} value={count[d.value] ?? ""} placeholder="0" onChange={(e) => set(d.value, Number(e.target.value.replace(/\D/g, "")))} />
            <button type="button" className="step" onClick={() => set(d.value, (count[d.value] ?? 0) + 1)} aria-label={t("cart.more")}>+</button>
            <b role="cell">{money(d.value * (count[d.value] ?? 0))}</b>
          </div>
        ))}
      </div>
      <aside className="count-summary">
        <h1>{t("shift.closeTitle")}</h1>
        <p className="muted-text">{centre} · {shift.till_id}</p>
        <dl className="totals">
          <dt>{t("shift.float")}</dt>
          <dd>{money(shift.opening_float)}</dd>
          <dt>{t("shift.expected")}</dt>
          <dd>{expected === null ? "…" : money(expected)}</dd>
          <dt>{t("shift.counted")}</dt>
          <dd>{money(total)}</dd>
          <dt>{t("shift.difference")}</dt>
          <dd className={difference === null ? "" : difference < 0 ? "short" : difference > 0 ? "over" : "even"}>
            {difference === null ? "…" : <>{money(difference)}<small>{t(difference < 0 ? "shift.short" : difference > 0 ? "shift.over" : "shift.even")}</small></>}
          </dd>
        </dl>
        {unsent > 0 && <p className="warning">{t("shift.unsent", { count: unsent })}</p>}
        {shift.pending && <p className="warning">{t("shift.closePending")}</p>}
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
        <button type="button" className="button primary big" disabled={busy || Boolean(shift.pending)} onClick={close}>{t("shift.close")}</button>
        <button type="button" className="button ghost" onClick={() => navigate("/sell")}>{t("dialog.cancel")}</button>
      </aside>
    </section>
  )
}
