import { parseVnd } from "@ocop/money"
import { useState } from "react"
import { Navigate, useNavigate } from "react-router"
import { ulid } from "ulid"
import { MoneyField } from "../components/money-field"
import { ApiError, isTransient } from "../lib/api/client"
import { recordShiftOpen } from "../lib/outbox"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { useAction } from "../lib/use-action"

/**
 * A shift opens with the cash float in the drawer. The client id makes a retried open one shift.
 * With no network it opens on this device and is queued ahead of its sales (decision 22), so a
 * rural centre can start its day offline.
 */
export default function OpenShift() {
  const { t, money } = useI18n()
  const { services, tillId, shift, setShift, online } = useTill()
  const navigate = useNavigate()
  const [float, setFloat] = useState("")
  const [clientId] = useState(() => ulid())
  const { busy, problem, setProblem, run } = useAction()
  if (shift) return <Navigate to="/sell" replace />

  const open = () => {
    const amount = parseVnd(float)
    if (amount === null) return setProblem(t("shift.floatInvalid"))
    const body = { client_id: clientId, till_id: tillId, opening_float: amount }
    return run(async () => {
      let opened
      try {
        if (globalThis.navigator?.onLine === false) throw new TypeError("offline")
        opened = (await services.api.openShift(body)).shift
      } catch (e) {
        if (!(e instanceof ApiError) || isTransient(e)) {
          // Unreachable: open it here; the queue sends it first when the network is back.
          opened = await recordShiftOpen(services.db, body)
          void services.queue.kick()
        } else {
          // Opened from this till before (another tab, a lost answer): carry on with that shift.
          const current = e.code === "shift_open" ? (await services.api.currentShift(tillId)).shift : null
          if (!current) throw e
          opened = current
        }
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
        {!online && <p className="warning">{t("shift.openOffline")}</p>}
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
