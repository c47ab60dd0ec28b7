import { data } from "react-router"
import { Stars } from "../../components/stars"
import { backend } from "../../lib/catalogue.server"
import { formatDate, formatMoney } from "../../lib/format"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { storeGet } from "../../lib/medusa.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/receipts.$number"

type Receipt = {
  receipt_number: string
  sold_at: string
  centre: { handle: string; name_vi: string; name_en: string; address: string; phone: string | null }
  lines: { title_vi: string; title_en: string; variant_title: string | null; stars: number | null; quantity: number; unit_price: number; discount: number; total: number; returned: number }[]
  subtotal: number
  discount_total: number
  total: number
  payments: { method: "cash" | "vietqr" | "card"; amount: number; tendered?: number; last4?: string }[]
  change: number
  returned_total: number
}

/** The e-receipt a counter receipt's QR code opens: the same sale, readable on a phone. */
export async function loader({ params, request }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const token = new URL(request.url).searchParams.get("t")
  if (!token || !/^[A-Z0-9]{1,8}-\d{1,9}$/.test(params.number)) throw data(null, { status: 404 })
  const { receipt } = await backend(storeGet<{ receipt: Receipt }>(`/store/ocop/receipts/${encodeURIComponent(params.number)}`, locale, { t: token }))
  return { locale, receipt }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `${data?.receipt.receipt_number ?? ""} · OCOP` }, { name: "robots", content: "noindex" }]
}

export default function ReceiptPage({ loaderData }: Route.ComponentProps) {
  const { locale, receipt: r } = loaderData
  const t = useT()
  const money = (n: number) => formatMoney(n, "vnd", locale)
  return (
    <article className="receipt-page panel">
      <h1>{t("receipt.title")}</h1>
      <p className="muted">
        {t("receipt.number")}: <strong>{r.receipt_number}</strong> · {formatDate(r.sold_at, locale)}
      </p>
      <p>
        <strong>{locale === "en" ? r.centre.name_en : r.centre.name_vi}</strong>
        <br />
        {r.centre.address}
        {r.centre.phone && <> · {r.centre.phone}</>}
      </p>
      <ul className="review">
        {r.lines.map((l, i) => (
          <li key={i}>
            {l.quantity} × {locale === "en" ? l.title_en : l.title_vi}
            {l.variant_title && l.variant_title !== "Default option value" && <span className="muted"> ({l.variant_title})</span>}{" "}
            {l.stars && <Stars count={l.stars} label={t("stars.label", { count: l.stars })} />} <span className="muted">{money(l.total)}</span>
            {l.returned > 0 && <span className="muted"> · {t("receipt.returned", { count: l.returned })}</span>}
          </li>
        ))}
      </ul>
      <dl className="totals">
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(r.subtotal)}</dd>
        {r.discount_total > 0 && (
          <>
            <dt>{t("receipt.discount")}</dt>
            <dd>−{money(r.discount_total)}</dd>
          </>
        )}
        <dt className="total">{t("cart.total")}</dt>
        <dd className="total">{money(r.total)}</dd>
        {r.payments.map((p, i) => (
          <span key={i} className="contents">
            <dt>{t(`receipt.pay.${p.method}` as MessageKey)}{p.last4 ? ` ···${p.last4}` : ""}</dt>
            <dd>{money(p.tendered ?? p.amount)}</dd>
          </span>
        ))}
        {r.change > 0 && (
          <>
            <dt>{t("receipt.change")}</dt>
            <dd>{money(r.change)}</dd>
          </>
        )}
      </dl>
      {r.returned_total > 0 && <p className="notice">{t("receipt.refunded", { amount: money(r.returned_total) })}</p>}
    </article>
  )
}
