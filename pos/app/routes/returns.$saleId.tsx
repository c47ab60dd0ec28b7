import { useEffect, useState } from "react"
import { Link, useParams } from "react-router"
import { ulid } from "ulid"
import { Stars } from "../components/stars"
import { NetworkError } from "../lib/api/client"
import type { Sale } from "../lib/api/types"
import type { LocalSale } from "../lib/db"
import { errorSentence } from "../lib/errors"
import { queuedReturnLines, saleFromLocal, withQueuedReturns } from "../lib/local-returns"
import { recordReturn } from "../lib/outbox"
import { lineItemIdOf, refundEstimate, returnable, returnLines, withinReturnWindow } from "../lib/returns"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useAction } from "../lib/use-action"

/**
 * Returning some or all of a sale's lines, within the centre's return window, never more than
 * was bought less what came back already; refunded in cash from the drawer or the way it was
 * paid. The client id makes a retried return one return. `:saleId` is a backend sale id or
 * one of this device's client ids: with no connection, or for a sale not synced yet, the
 * device's own record is used and the return is queued after its sale (outbox.ts).
 */
type Shown = { sale: Sale; local: LocalSale | null; fromDevice: boolean }
type Done = { amount: number; refund: "cash" | "original"; queued: boolean }

async function loadSale(services: ReturnType<typeof useTill>["services"], ref: string): Promise<Shown> {
  const { db, api } = services
  const local = (await db.sales.get(ref)) ?? (await db.sales.filter((s) => s.sale?.id === ref).first()) ?? null
  const remoteId = local ? local.sale?.id : ref
  const queued = await db.returns.filter((r) => (local !== null && r.sale_client_id === local.client_id) || (remoteId !== undefined && r.sale_id === remoteId)).toArray()
  if (remoteId) {
    try {
      return { sale: withQueuedReturns((await api.sale(remoteId)).sale, queued), local, fromDevice: false }
    } catch (e) {
      if (!local || !(e instanceof NetworkError)) throw e
    }
  }
  if (!local) throw new Error(`No sale ${ref} on this device`)
  return { sale: saleFromLocal(local, queued), local, fromDevice: true }
}
export default function ReturnSale() {
  const { saleId = "" } = useParams()
  const { t, money, dateTime, locale } = useI18n()
  const { services, me, adjustStock, shift, online } = useTill()
  const [shown, setShown] = useState<Shown | null>(null)
  const sale = shown?.sale ?? null
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [refund, setRefund] = useState<"cash" | "original">("cash")
  const [note, setNote] = useState("")
  const [clientId, setClientId] = useState(() => ulid())
  const [done, setDone] = useState<Done | null>(null)
  const { busy, problem, setProblem, run } = useAction()

  useEffect(() => {
    loadSale(services, saleId).then(setShown, (e) => setProblem(errorSentence(e, t)))
  }, [saleId, services, t])

  if (!sale) return <section className="page"><p className="error" role="alert">{problem ?? t("receipt.loading")}</p></section>

  const days = me.settings.return_window_days
  const inWindow = withinReturnWindow(sale.sold_at, days)
  const lines = returnLines(sale, quantities)
  const estimate = refundEstimate(sale, quantities)

  const submit = () =>
    run(async () => {
      const body = { client_id: clientId, lines, refund, ...(shift ? { shift_id: shift.id } : {}), ...(note.trim() ? { note: note.trim() } : {}) }
      const variantOf = (key: string) => sale.lines.find((x) => lineItemIdOf(x) === key)!
      let answer: Done | null = null
      if (!shown!.fromDevice && online) {
        try {
          const r = await services.api.createReturn(sale.id, body)
          answer = { amount: r.return.amount, refund: r.return.refund, queued: false }
        } catch (e) {
          // Not reached: it joins the queue with the same client id; anything else is the backend's no.
          if (!(e instanceof NetworkError)) throw e
        }
      }
      if (!answer) {
        await recordReturn(services.db, {
          body: { ...body, lines: queuedReturnLines(lines), offline: true, returned_at: new Date().toISOString() },
          sale_client_id: shown!.local?.client_id ?? sale.client_id ?? null,
          sale_id: shown!.fromDevice ? (shown!.local?.sale?.id ?? null) : sale.id,
          receipt_number: sale.receipt_number,
          lines: lines.map((l) => {
            const line = variantOf(l.line_item_id)
            return { variant_id: line.variant_id, quantity: l.quantity, amount: refundEstimate(sale, { [l.line_item_id]: l.quantity }), title_vi: line.title_vi, title_en: line.title_en }
          }),
          amount: estimate,
        })
        void services.queue.kick()
        answer = { amount: estimate, refund, queued: true }
      }
      adjustStock(lines.map((l) => ({ variant_id: variantOf(l.line_item_id).variant_id, delta: l.quantity })))
      setShown(await loadSale(services, saleId).catch(() => shown))
      setDone(answer)
      setQuantities({})
      setClientId(ulid())
    })

  return (
    <section className="page returns">
      <div className="page-head">
        <h1>{t("returns.saleTitle", { number: sale.receipt_number })}</h1>
        <p className="muted-text">{dateTime(sale.sold_at)} · {money(sale.total)} · {sale.payments.map((p) => t(`pay.${p.method}`)).join(" + ")}</p>
      </div>
      {shown?.fromDevice && <p className="warning">{t("returns.fromDevice")}</p>}
      {done && (
        <p className="done" role="status">
          {done.queued ? t("returns.queued", { amount: money(done.amount) }) : t(done.refund === "cash" ? "returns.doneCash" : "returns.doneOriginal", { amount: money(done.amount) })}
        </p>
      )}
      {!inWindow && <p className="warning">{t("returns.window", { days })}</p>}
      <table className="list">
        <thead>
          <tr>
            <th>{t("returns.item")}</th>
            <th className="num">{t("returns.bought")}</th>
            <th className="num">{t("returns.already")}</th>
            <th>{t("returns.bringBack")}</th>
            <th className="num">{t("cart.total")}</th>
          </tr>
        </thead>
        <tbody>
          {sale.lines.map((l) => {
            const left = returnable(l)
            const id = lineItemIdOf(l)
            const q = quantities[id] ?? 0
            const set = (n: number) => setQuantities((qs) => ({ ...qs, [id]: Math.max(0, Math.min(left, n)) }))
            return (
              <tr key={id}>
                <td>{locale === "vi" ? l.title_vi : l.title_en}{l.variant_title ? ` · ${l.variant_title}` : ""} <Stars count={l.stars} /></td>
                <td className="num">{l.quantity}</td>
                <td className="num">{l.returned}</td>
                <td>
                  <div className="line-controls">
                    <button type="button" className="step" disabled={!inWindow || q === 0} onClick={() => set(q - 1)} aria-label={t("cart.less")}>−</button>
                    <span className="qty">{q}</span>
                    <button type="button" className="step" disabled={!inWindow || q >= left} onClick={() => set(q + 1)} aria-label={t("cart.more")}>+</button>
                    <button type="button" className="button small" disabled={!inWindow || left === 0} onClick={() => set(left)}>{t("returns.all")}</button>
                  </div>
                </td>
                <td className="num">{money(l.total)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="return-form">
        <fieldset className="segmented" disabled={!inWindow}>
          <legend>{t("returns.refund")}</legend>
          <button type="button" role="radio" aria-checked={refund === "cash"} onClick={() => setRefund("cash")}>{t("returns.refundCash")}</button>
          <button type="button" role="radio" aria-checked={refund === "original"} onClick={() => setRefund("original")}>{t("returns.refundOriginal")}</button>
        </fieldset>
        <label>
          {t("returns.note")}
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={200} />
        </label>
        <p className="lead">{t("returns.estimate", { amount: money(estimate) })}</p>
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
        <div className="row-actions">
          <button type="button" className="button primary big" disabled={!inWindow || lines.length === 0 || busy} onClick={submit}>{t("returns.submit")}</button>
          <Link className="button" to={`/receipts/${shown?.local?.client_id ?? sale.id}`}>{t("sales.reprint")}</Link>
        </div>
      </div>
    </section>
  )
}
