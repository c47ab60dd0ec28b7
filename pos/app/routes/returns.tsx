import { useEffect, useState } from "react"
import { useNavigate, useSearchParams } from "react-router"
import { CameraScanner } from "../components/camera-scanner"
import { errorSentence } from "../lib/errors"
import { findReceiptNumber } from "../lib/receipt-number"
import { useWedgeScanner } from "../lib/use-wedge-scanner"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { Icon } from "../components/icons"

/** Finding the sale to return: its receipt number, typed or scanned (the receipt's QR code holds it); this device's own sales first, so it works offline. */
export default function FindReturn() {
  const { t } = useI18n()
  const { services } = useTill()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [text, setText] = useState(params.get("receipt") ?? "")
  const [camera, setCamera] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  async function find(value: string) {
    setCamera(false)
    const number = findReceiptNumber(value)
    if (!number) {
      setProblem(t("returns.badNumber"))
      return
    }
    setText(number)
    setProblem(null)
    // This device's own sales first: they are here with no connection, synced or not.
    const local = await services.db.sales.where("receipt_number").equals(number).first()
    if (local && local.status !== "failed" && local.status !== "resolved") {
      navigate(`/returns/${local.sale?.id ?? local.client_id}`)
      return
    }
    try {
      const { sales } = await services.api.findSales({ receipt: number })
      const [sale] = sales
      if (!sale) {
        setProblem(t("returns.notFound", { number }))
        return
      }
      navigate(`/returns/${sale.id}`)
    } catch (e) {
      setProblem(errorSentence(e, t))
    }
  }
  useWedgeScanner((code) => void find(code), !camera)
  // The number the page was opened with (a receipt QR scanned on the sell screen), once.
  const [initial] = useState(() => params.get("receipt"))
  useEffect(() => {
    if (initial) void find(initial)
  }, [initial])

  return (
    <section className="centre-page">
      <form className="card" onSubmit={(e) => (e.preventDefault(), void find(text))}>
        <h1>{t("returns.title")}</h1>
        <p className="lead">{t("returns.lead")}</p>
        <label>
          {t("returns.number")}
          <input value={text} onChange={(e) => setText(e.target.value)} placeholder="BT1-000042" autoFocus autoComplete="off" />
        </label>
        <p className="error" role="alert">{problem ?? "\u00a0"}</p>
        <button className="button primary big">{t("returns.find")}</button>
        <button type="button" className="button" onClick={() => setCamera(true)}><Icon name="camera" /> {t("returns.scan")}</button>
      </form>
      {camera && <CameraScanner title={t("returns.scan")} onCode={(c) => void find(c)} onClose={() => setCamera(false)} />}
    </section>
  )
}
