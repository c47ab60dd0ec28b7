import { parseVnd } from "@ocop/money"
import { useState } from "react"
import { Navigate, useNavigate } from "react-router"
import { ulid } from "ulid"
import { MoneyField } from "../components/money-field"
import { ApiError } from "../lib/api/client"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useAction } from "../lib/use-action"

/** A shift opens with the cash float in the drawer. The client id makes a retried open one shift. */
export default function OpenShift() {
  const { t, money } = useI18n()
  const { services, tillId, shift, setShift } = useTill()
  const navigate = useNavigate()
  const [float, setFloat] = useState("")
  const [clientId] = useState(() => ulid())
  const { busy, problem, setProblem, run } = useAction()
  if (shift) return <Navigate to="/sell" replace />

  const open = () => {
    const amount = parseVnd(float)
    if (amount === null) return setProblem(t("shift.floatInvalid"))
    return run(async () => {
      let opened
      try {
        opened = (await services.api.openShift({ client_id: clientId, till_id: tillId, opening_float: amount })).shift
      } catch (e) {
        // Opened from this till before (another tab, a lost answer): carry on with that shift.
        const current = e instanceof ApiError && e.code === "shift_open" ? (await services.api.currentShift(tillId)).shift : null
        if (!current) throw e
        opened = current
      }
      await setShift(opened)
      navigate("/sell", { replace: true })
    })
  }

  return (
    <section className="centre-page">
      <div className="card">
        <h1>{t("shift.openTitle")}</h1>
        <p className="lead">{t("shift.openLead", { till: tillId })}</p>
        <MoneyField id="float" label={t("shift.float")} value={float} onChange={setFloat} autoFocus />
        <div className="chips">
          {[500_000, 1_000_000, 2_000_000].map((v) => (
            <button key={v} type="button" className="chip" onClick={() => setFloat(String(v))}>{money(v)}</button>
          ))}
        </div>
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
        <button type="button" className="button primary big" disabled={busy || float === ""} onClick={open}>{t("shift.open")}</button>
      </div>
    </section>
  )
}
