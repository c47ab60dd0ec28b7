import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router"
import { PinPad } from "../components/pin-pad"
import { hashPin } from "../lib/pin"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/** After a clerk's first sign-in on this device (or from settings): a 4-6 digit PIN, typed twice. */
export default function PinPage() {
  const { t } = useI18n()
  const { services, me, shift, pinSet } = useTill()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [first, setFirst] = useState<string | null>(null)
  const [entered, setPin] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(pin: string) {
    if (pin.length < 4 || busy) return
    if (first === null) {
      setFirst(pin)
      setPin("")
      setProblem(null)
      return
    }
    if (pin !== first) {
      setFirst(null)
      setPin("")
      setProblem(t("pin.mismatch"))
      return
    }
    setBusy(true)
    const pins = (await services.db.read("pins")) ?? {}
    await services.db.write("pins", { ...pins, [me.clerk.id]: await hashPin(pin) })
    pinSet()
    navigate(params.get("change") ? "/settings" : shift ? "/sell" : "/shift/open", { replace: true })
  }

  return (
    <section className="centre-page">
      <div className="card narrow">
        <h1>{t(first === null ? "pin.title" : "pin.again")}</h1>
        <p className="lead">{t("pin.lead")}</p>
        <PinPad value={entered} onChange={setPin} onSubmit={submit} disabled={busy} />
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
      </div>
    </section>
  )
}
