import { useEffect, useState } from "react"
import { Link, useParams, useSearchParams } from "react-router"
import { Receipt } from "../components/receipt"
import type { LocalSale } from "../lib/db"
import { errorSentence } from "../lib/errors"
import { receiptFromSale, type ReceiptView } from "../lib/receipt-view"
import { useLiveQuery } from "../lib/use-live-query"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"

/**
 * A receipt to print or reprint: a sale on this device (by its client id; it gains its QR code
 * once synced), or one the backend has (by its id), e.g. from another till.
 */
export default function ReceiptPage() {
  const { ref = "" } = useParams()
  const [params] = useSearchParams()
  const { t, money } = useI18n()
  const { services } = useTill()
  const local = useLiveQuery<LocalSale | null | undefined>(async () => (await services.db.sales.get(ref)) ?? null, [ref, services], undefined)
  const [remote, setRemote] = useState<ReceiptView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (local !== null) return
    services.api.sale(ref).then(({ sale }) => setRemote(receiptFromSale(sale)), (e) => setProblem(errorSentence(e, t)))
  }, [local, ref, services, t])

  const receipt = local ? (local.sale ? receiptFromSale(local.sale, local.receipt) : local.receipt) : remote
  const autoPrint = params.get("print") === "1" && Boolean(receipt)
  useEffect(() => {
    if (!autoPrint) return
    const timer = setTimeout(() => window.print(), 300)
    return () => clearTimeout(timer)
  }, [autoPrint])

  return (
    <section className="print-page">
      <div className="toolbar no-print">
        <h1>{receipt ? t("receipt.title", { number: receipt.receipt_number }) : t("receipt.loading")}</h1>
        {receipt && receipt.change > 0 && <p className="change-banner">{t("pay.change")}: <b>{money(receipt.change)}</b></p>}
        {local && <p className={`status ${local.status}`}>{t(`status.${local.status}`)}{local.error?.sentence ? ` — ${local.error.sentence}` : ""}</p>}
        <p className="error" role="alert">{problem ?? ""}</p>
        <button type="button" className="button primary big" disabled={!receipt} onClick={() => window.print()}>{t("receipt.print")}</button>
        <Link className="button big" to="/sell">{t("receipt.newSale")}</Link>
        <Link className="button ghost" to="/sales">{t("nav.sales")}</Link>
      </div>
      {receipt && <Receipt receipt={receipt} />}
    </section>
  )
}
