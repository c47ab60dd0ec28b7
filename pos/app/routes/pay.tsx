import { parseVnd } from "@ocop/money"
import { useState } from "react"
import { Navigate, useNavigate } from "react-router"
import { ulid } from "ulid"
import { MoneyField } from "../components/money-field"
import { OfflineNote } from "../components/offline-note"
import { QrImage } from "../components/qr-image"
import type { Payment, PaymentMethod } from "../lib/api/types"
import { priceCart } from "../lib/cart-pricing"
import { errorSentence } from "../lib/errors"
import { offlineRefusal } from "../lib/offline-limits"
import { CardPayment, invalidFields } from "../lib/forms/till-forms"
import { buildSale } from "../lib/sale-draft"
import { recordSale } from "../lib/outbox"
import { cashPayment, changeDue, fitsRemaining, isSettled, paid, quickCash, remaining } from "../lib/tender"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { vietQrPayload, vietQrReference } from "../lib/vietqr"

/**
 * Paying: cash (tendered, change, quick-cash notes), VietQR (a code made on this device, the
 * clerk confirms the money arrived) or a card on the centre's own terminal (last 4 digits and
 * approval code), or several of them. Completing writes the sale to the device first, then shows
 * its receipt; sending it to the backend follows.
 */
export default function Pay() {
  const { t, money } = useI18n()
  const till = useTill()
  const { services, cart, dispatch, me, limits } = till
  const navigate = useNavigate()
  // One id for this sale, whatever happens on this screen: it is the VietQR reference too.
  const [clientId] = useState(() => ulid())
  const [payments, setPayments] = useState<Payment[]>([])
  const [method, setMethod] = useState<PaymentMethod>("cash")
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const total = priceCart(cart.lines, cart.order_discount).total
  const due = remaining(total, payments)
  if (cart.lines.length === 0 && !busy) return <Navigate to="/sell" replace />

  const add = (p: Payment) => {
    setPayments((ps) => [...ps, p])
    setProblem(null)
  }

  async function complete() {
    // Offline, the centre's limits hold: what the till may owe the backend is bounded.
    const offline = services.connectivity.offline
    const queued = await services.db.sales.where("status").equals("pending").count()
    const refusal = offlineRefusal({ offline, total, queued, limits })
    if (refusal) {
      setProblem(refusal.kind === "amount" ? t("offline.tooBig", { max: money(refusal.max), amount: money(total) }) : t("offline.queueFull", { max: refusal.max }))
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      const { draft, receipt } = buildSale({ clientId, cart, payments, me, tillId: till.tillId, shift: till.shift, now: new Date(), offline })
      // On the device first: the receipt prints only once the sale is safe in IndexedDB.
      const sale = await recordSale(services.db, draft, receipt)
      till.adjustStock(draft.lines.map((l) => ({ variant_id: l.variant_id, delta: -l.quantity })))
      dispatch({ type: "clear" })
      void services.queue.kick()
      navigate(`/receipts/${sale.client_id}?print=1`, { replace: true })
    } catch (e) {
      setProblem(errorSentence(e, t))
      setBusy(false)
    }
  }

  return (
    <div className="pay">
      <section className="pay-summary">
        <h1>{t("pay.title")}</h1>
        <dl className="totals big">
          <dt>{t("cart.total")}</dt>
          <dd className="grand">{money(total)}</dd>
        </dl>
        <ul className="payments">
          {payments.map((p, i) => (
            <li key={i}>
              <span>{t(`pay.${p.method}`)}{p.method === "card" ? ` ••••${p.last4}` : ""}</span>
              <b>{money(p.amount)}</b>
              <button type="button" className="icon" onClick={() => setPayments((ps) => ps.filter((_, j) => j !== i))} aria-label={t("pay.removePayment")}>✕</button>
              {p.method === "cash" && p.tendered > p.amount && <small>{t("pay.tendered")} {money(p.tendered)}</small>}
            </li>
          ))}
        </ul>
        <dl className="totals">
          <dt>{t("pay.paid")}</dt>
          <dd>{money(paid(payments))}</dd>
          <dt>{t("pay.remaining")}</dt>
          <dd className={due > 0 ? "short" : "even"}>{money(due)}</dd>
          {changeDue(payments) > 0 && (
            <>
              <dt className="grand">{t("pay.change")}</dt>
              <dd className="grand change">{money(changeDue(payments))}</dd>
            </>
          )}
        </dl>
        <OfflineNote />
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
        <button type="button" className="button primary big" disabled={!isSettled(total, payments) || busy} onClick={complete}>{t("pay.complete")}</button>
        <button type="button" className="button ghost" onClick={() => navigate("/sell")}>{t("pay.back")}</button>
      </section>
      <section className="pay-method">
        <div className="segmented tabs" role="tablist">
          {(["cash", "vietqr", "card"] as const).map((m) => (
            <button key={m} type="button" role="tab" aria-selected={method === m} onClick={() => setMethod(m)}>{t(`pay.${m}`)}</button>
          ))}
        </div>
        {due === 0 ? (
          <p className="done">{t("pay.allPaid")}</p>
        ) : method === "cash" ? (
          <CashTender due={due} onAdd={add} />
        ) : method === "vietqr" ? (
          <VietQrTender due={due} reference={vietQrReference(clientId)} onAdd={add} />
        ) : (
          <CardTender due={due} onAdd={add} />
        )}
      </section>
    </div>
  )
}

function CashTender({ due, onAdd }: { due: number; onAdd: (p: Payment) => void }) {
  const { t, money } = useI18n()
  const [text, setText] = useState("")
  const tendered = parseVnd(text)
  const take = (amount: number) => {
    const p = cashPayment(due, amount)
    if (p) onAdd(p)
  }
  return (
    <div className="tender">
      <div className="chips quick">
        {quickCash(due).map((v, i) => (
          <button key={v} type="button" className="chip big" onClick={() => take(v)}>{i === 0 ? `${t("pay.exact")} ${money(v)}` : money(v)}</button>
        ))}
      </div>
      <MoneyField id="tendered" label={t("pay.tenderedLabel")} value={text} onChange={setText} />
      {tendered !== null && tendered > due && <p className="change-preview">{t("pay.change")}: <b>{money(tendered - due)}</b></p>}
      <button type="button" className="button primary big" disabled={tendered === null || tendered <= 0} onClick={() => tendered !== null && take(tendered)}>{t("pay.takeCash")}</button>
    </div>
  )
}

function VietQrTender({ due, reference, onAdd }: { due: number; reference: string; onAdd: (p: Payment) => void }) {
  const { t, money } = useI18n()
  const { me } = useTill()
  const [text, setText] = useState(String(due))
  const amount = parseVnd(text) ?? 0
  const bank = me.centre.bank
  if (!bank) return <p className="warning">{t("pay.noBank")}</p>
  const ok = fitsRemaining(due, amount)
  return (
    <div className="tender vietqr">
      <div className="qr-box">
        {ok ? <QrImage text={vietQrPayload(bank, amount, reference)} label={t("pay.qrLabel", { amount: money(amount) })} size={260} /> : <div className="qr placeholder" />}
        <p className="qr-amount">{money(amount)}</p>
      </div>
      <div className="qr-facts">
        <dl>
          <dt>{t("pay.bank")}</dt>
          <dd>{bank.short_name ?? bank.bin}</dd>
          <dt>{t("pay.account")}</dt>
          <dd>{bank.account_number}</dd>
          <dt>{t("pay.accountName")}</dt>
          <dd>{bank.account_name}</dd>
          <dt>{t("pay.reference")}</dt>
          <dd className="mono">{reference}</dd>
        </dl>
        <label>
          {t("pay.amountPart")}
          <input className="amount" inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!ok} />
        </label>
        <p className="muted-text">{t("pay.qrHint")}</p>
        <button type="button" className="button primary big" disabled={!ok} onClick={() => onAdd({ method: "vietqr", amount, reference })}>{t("pay.qrReceived")}</button>
      </div>
    </div>
  )
}

function CardTender({ due, onAdd }: { due: number; onAdd: (p: Payment) => void }) {
  const { t, money } = useI18n()
  const [text, setText] = useState(String(due))
  const [last4, setLast4] = useState("")
  const [code, setCode] = useState("")
  const [invalid, setInvalid] = useState<string[]>([])
  const amount = parseVnd(text) ?? 0
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const parsed = CardPayment.safeParse({ last4, approval_code: code })
    const fields = [...(parsed.success ? [] : invalidFields(parsed.error)), ...(fitsRemaining(due, amount) ? [] : ["amount"])]
    setInvalid(fields)
    if (fields.length === 0 && parsed.success) onAdd({ method: "card", amount, last4: parsed.data.last4, approval_code: parsed.data.approval_code.toUpperCase() })
  }
  return (
    <form className="tender card-form" onSubmit={submit} noValidate>
      <p className="lead">{t("pay.cardLead", { amount: money(amount) })}</p>
      <label>
        {t("pay.amountPart")}
        <input className="amount" inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} aria-invalid={invalid.includes("amount")} />
      </label>
      <label>
        {t("form.last4")}
        <input inputMode="numeric" maxLength={4} value={last4} onChange={(e) => setLast4(e.target.value.replace(/\D/g, ""))} aria-invalid={invalid.includes("last4")} autoComplete="off" />
      </label>
      <label>
        {t("form.approval_code")}
        <input value={code} onChange={(e) => setCode(e.target.value)} maxLength={12} aria-invalid={invalid.includes("approval_code")} autoComplete="off" />
      </label>
      <p className="error" role="alert">{invalid.length ? t("form.check", { fields: invalid.map((f) => t(`form.${f}` as "form.last4")).join(", ") }) : "\u00a0"}</p>
      <button className="button primary big">{t("pay.cardRecord")}</button>
    </form>
  )
}
