import { useState } from "react"
import type { Customer } from "../lib/api/types"
import { errorSentence } from "../lib/errors"
import { formValues, invalidFields, NewCustomer } from "../lib/forms/till-forms"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { Dialog } from "./dialog"

export function customerName(c: Customer): string {
  return [c.last_name, c.first_name].filter(Boolean).join(" ") || c.phone || c.email || c.id
}

/** The sale's customer, found by phone or e-mail, or created on the spot (optional). */
export function CustomerDialog({ current, onPick, onClose }: { current?: Customer; onPick: (c?: Customer) => void; onClose: () => void }) {
  const { t } = useI18n()
  const { services } = useTill()
  const [q, setQ] = useState("")
  const [found, setFound] = useState<Customer[] | null>(null)
  const [creating, setCreating] = useState(false)
  const [invalid, setInvalid] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function search(e: React.FormEvent) {
    e.preventDefault()
    if (!q.trim()) return
    setBusy(true)
    setProblem(null)
    try {
      setFound((await services.api.customers(q.trim())).customers)
    } catch (err) {
      setProblem(errorSentence(err, t))
    } finally {
      setBusy(false)
    }
  }

  async function create(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const parsed = NewCustomer.safeParse({ last_name: "", ...formValues(e.currentTarget) })
    if (!parsed.success) {
      const fields = invalidFields(parsed.error)
      setInvalid(fields)
      setProblem(t("form.check", { fields: fields.map((f) => t(`form.${f}` as "form.email")).join(", ") }))
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      onPick((await services.api.createCustomer(parsed.data)).customer)
    } catch (err) {
      setProblem(errorSentence(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={t("customer.title")} onClose={onClose}>
      {!creating ? (
        <>
          <form className="inline-form" onSubmit={search}>
            <input value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("customer.searchHint")} aria-label={t("customer.searchHint")} inputMode="search" />
            <button className="button primary" disabled={busy}>{t("search.submit")}</button>
          </form>
          {found && found.length === 0 && <p className="muted-text">{t("customer.none")}</p>}
          <div className="choice-list">
            {found?.map((c) => (
              <button key={c.id} type="button" className="choice" onClick={() => onPick(c)}>
                <span>{customerName(c)}</span>
                <small>{[c.phone, c.email].filter(Boolean).join(" · ")}</small>
              </button>
            ))}
          </div>
          <p className="error" role="alert">{problem ?? "\u00a0"}</p>
          <div className="dialog-actions">
            {current && <button type="button" className="button" onClick={() => onPick(undefined)}>{t("customer.remove", { name: customerName(current) })}</button>}
            <button type="button" className="button" onClick={() => setCreating(true)}>{t("customer.new")}</button>
          </div>
        </>
      ) : (
        <form onSubmit={create} noValidate className="stack">
          <div className="two">
            <label>{t("form.last_name")}<input name="last_name" aria-invalid={invalid.includes("last_name")} /></label>
            <label>{t("form.first_name")}<input name="first_name" required aria-invalid={invalid.includes("first_name")} /></label>
          </div>
          <label>{t("form.phone")}<input name="phone" inputMode="tel" defaultValue={/^[+\d]/.test(q) ? q : ""} aria-invalid={invalid.includes("phone")} /></label>
          <label>{t("form.email")}<input name="email" type="email" defaultValue={q.includes("@") ? q : ""} aria-invalid={invalid.includes("email")} /></label>
          <p className="error" role="alert">{problem ?? "\u00a0"}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setCreating(false)}>{t("dialog.back")}</button>
            <button className="button primary" disabled={busy}>{t("customer.create")}</button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
