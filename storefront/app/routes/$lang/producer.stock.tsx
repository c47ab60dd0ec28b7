import { data, Form, useNavigation } from "react-router"
import { InvalidFields } from "../../components/invalid-fields"
import { ProducerNav } from "../../components/producer-nav"
import { centres as catalogueCentres } from "../../lib/catalogue.server"
import { formatDate } from "../../lib/format"
import { formObject } from "../../lib/forms/form-object"
import { deliveryLines, StockAction } from "../../lib/forms/producer-forms"
import { useFormCheck } from "../../lib/forms/use-form-check"
import type { MessageKey } from "../../lib/i18n"
import { localeOf, producerJson, producerLoad, producerName, refusalOf, requireProducer } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import type { Delivery, LiveProduct, StockCentre } from "./producer.server"
import type { Route } from "./+types/producer.stock"

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = localeOf(params.lang)
  const [{ centres }, { deliveries }, { products }] = await Promise.all([
    producerLoad<{ centres: StockCentre[] }>(request, locale, "/producer/stock"),
    producerLoad<{ deliveries: Delivery[] }>(request, locale, "/producer/deliveries"),
    producerLoad<{ products: LiveProduct[] }>(request, locale, "/producer/products"),
  ])
  // Any centre may receive a first delivery, not only those already holding the producer's goods.
  const known = new Map(centres.map((c) => [c.centre.handle, locale === "en" ? c.centre.name_en : c.centre.name_vi]))
  for (const c of await catalogueCentres(locale).catch(() => [])) if (!known.has(c.handle)) known.set(c.handle, c.name)
  const variants = products.flatMap((p) => p.variants.map((v) => ({ id: v.id, label: `${locale === "en" ? p.title_en || p.title_vi : p.title_vi} · ${v.title}`, sku: v.sku })))
  return { locale, centres, deliveries, variants, targets: [...known].map(([handle, name]) => ({ handle, name })), name: await producerName(request) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = localeOf(params.lang)
  await requireProducer(request, locale)
  const form = formObject(await request.formData())
  const parsed = StockAction.safeParse(form)
  if (!parsed.success) return data({ error: null as string | null, sent: false, fields: [...new Set(parsed.error.issues.map((i) => i.message))] }, { status: 400 })
  try {
    if (parsed.data.intent === "cancel") {
      await producerJson(request, locale, `/producer/deliveries/${encodeURIComponent(parsed.data.delivery_id)}/cancel`, { method: "POST" })
      return { error: null, sent: false, fields: [] as string[] }
    }
    const note = parsed.data.note
    await producerJson(request, locale, "/producer/deliveries", { method: "POST", body: { centre: parsed.data.centre, lines: deliveryLines(form), ...(note ? { note } : {}) } })
  } catch (error) {
    const refused = refusalOf(error)
    return data({ error: refused.message, sent: false, fields: [] as string[] }, { status: refused.status })
  }
  return { error: null, sent: true, fields: [] as string[] }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Stock & deliveries · OCOP producers" : "Kho & giao hàng · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

const LABELS: Record<string, MessageKey> = { centre: "producer.field.centre", quantity: "producer.field.quantity", lines: "producer.field.lines", note: "producer.field.note" }

export default function ProducerStock({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, centres, deliveries, variants, targets, name } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/producer-forms").then((m) => m.StockAction), actionData?.fields)
  const bad = check.fields
  const centreName = (c: { name_vi: string; name_en: string }) => (locale === "en" ? c.name_en : c.name_vi)
  return (
    <section className="producer-page">
      <ProducerNav name={name} />
      <h1>{t("producer.stock")}</h1>
      {centres.length === 0 && <p className="muted">{t("producer.noStock")}</p>}
      {centres.map((c) => (
        <div key={c.centre.handle} className="stock-centre">
          <h2>{centreName(c.centre)}</h2>
          <table className="orders">
            <thead><tr><th scope="col">{t("producer.product")}</th><th scope="col">{t("producer.stocked")}</th><th scope="col">{t("producer.reserved")}</th><th scope="col">{t("producer.available")}</th></tr></thead>
            <tbody>
              {c.variants.map((v) => (
                <tr key={v.variant_id}>
                  <td>{locale === "en" ? v.title_en || v.title_vi : v.title_vi} <small className="muted">{v.sku}</small></td>
                  <td>{v.stocked}</td><td>{v.reserved}</td><td><strong>{v.available}</strong></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}

      <h2 id="deliver">{t("producer.deliver")}</h2>
      {actionData?.sent && <p role="status" className="ok">{t("producer.deliverySent")}</p>}
      {actionData?.error && <p role="alert" className="error">{actionData.error}</p>}
      <InvalidFields fields={bad} labels={LABELS} />
      {variants.length === 0 ? (
        <p className="muted">{t("producer.noProducts")}</p>
      ) : (
        <Form method="post" className="panel" aria-labelledby="deliver" key={actionData?.sent ? "sent" : "form"} {...check.form}>
          <p className="hint muted">{t("producer.deliverLead")}</p>
          <input type="hidden" name="intent" value="deliver" />
          <label className="field">
            <span>{t("producer.deliverTo")}</span>
            <select name="centre" required defaultValue="" aria-invalid={bad.includes("centre") || undefined}>
              <option value="" disabled>{t("producer.chooseCentre")}</option>
              {targets.map((c) => <option key={c.handle} value={c.handle}>{c.name}</option>)}
            </select>
          </label>
          {variants.map((v) => (
            <label key={v.id} className="field qty-line">
              <span>{v.label} <small className="muted">{v.sku}</small></span>
              <input type="number" name={`qty_${v.id}`} min={0} max={99999} step={1} inputMode="numeric" placeholder="0" aria-invalid={bad.includes("quantity") || bad.includes("lines") || undefined} />
            </label>
          ))}
          <label className="field">
            <span>{t("producer.note")}</span>
            <textarea name="note" rows={2} maxLength={500} />
          </label>
          <button type="submit" className="primary" disabled={busy}>{t("producer.deliverSend")}</button>
        </Form>
      )}

      <h2>{t("producer.deliveries")}</h2>
      {deliveries.length === 0 ? (
        <p className="muted">{t("producer.noDeliveries")}</p>
      ) : (
        <ul className="producer-list">
          {deliveries.map((d) => (
            <li key={d.id} className="producer-card">
              <h3>{centreName(d.centre)}</h3>
              <p><span className={`status status-${d.status}`}>{t(`delivery.status.${d.status}` as MessageKey)}</span> <small className="muted">{formatDate(d.created_at, locale)}</small></p>
              <ul className="lines-compact">
                {d.lines.map((l) => (
                  <li key={l.variant_id}>{l.title_vi} × {l.quantity}{l.received_quantity !== null && ` · ${t("producer.received", { count: l.received_quantity })}`}</li>
                ))}
              </ul>
              {d.note && <p className="muted">{d.note}</p>}
              {d.status === "proposed" && (
                <Form method="post">
                  <input type="hidden" name="intent" value="cancel" />
                  <input type="hidden" name="delivery_id" value={d.id} />
                  <button type="submit" className="link" disabled={busy}>{t("producer.cancelDelivery")}</button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
