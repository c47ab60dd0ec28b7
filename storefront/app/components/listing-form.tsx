import { Form, useNavigation } from "react-router"
import { MAX_VARIANTS } from "../lib/forms/producer-forms"
import { useFormCheck } from "../lib/forms/use-form-check"
import type { MessageKey } from "../lib/i18n"
import type { Locale } from "../lib/locale"
import { useT } from "../lib/use-t"
import type { ListingDraft } from "../routes/$lang/producer.listings.server"
import type { ListingStatus } from "../routes/$lang/producer.server"
import { Field } from "./field"
import { InvalidFields } from "./invalid-fields"

const LABELS: Record<string, MessageKey> = {
  title_vi: "producer.field.title_vi",
  title_en: "producer.field.title_en",
  description_vi: "producer.field.description_vi",
  description_en: "producer.field.description_en",
  variants: "producer.field.variants",
  variant_title: "producer.field.variant_title",
  variant_price: "producer.field.variant_price",
  variant_sku: "producer.field.variant_sku",
  variant_barcode: "producer.field.variant_barcode",
}

type Props = {
  locale: Locale
  draft: ListingDraft
  status: ListingStatus
  reviewComment: string | null
  /** Where the form posts: the saved listing once there is one. */
  action?: string
  error: string | null
  answered: string[] | undefined
}

/**
 * The listing form, phones first: one column, each variant a small group of its own. Plain HTML
 * that posts multipart without JavaScript; the files go to the route's action, which uploads them.
 */
export function ListingForm({ locale, draft, status, reviewComment, action, error, answered }: Props) {
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../lib/forms/producer-forms").then((m) => m.ListingForm), answered)
  const bad = check.fields
  // Only drafts and rejected listings can change (the backend answers 409 listing_locked otherwise).
  const locked = status === "submitted" || status === "approved"
  const rows = [...draft.variants, ...(locked ? [] : [{ title: "", price: 0, sku: "", barcode: "" }])].slice(0, MAX_VARIANTS)
  // Prices shown as people write them (450.000 / 450,000); the schema reads either back (parseVnd).
  const grouped = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 0 })
  const title = locale === "en" ? draft.title_en || draft.title_vi : draft.title_vi
  return (
    <>
      <p><span className={`status status-${status}`}>{t(`listing.status.${status}` as MessageKey)}</span></p>
      {draft.product_id && title && <p className="muted">{t("listing.forProduct", { title })}</p>}
      {status === "rejected" && reviewComment && <p className="notice">{t("listing.reviewComment", { comment: reviewComment })}</p>}
      {locked && <p className="notice">{t("listing.locked")}</p>}
      {error && <p role="alert" className="error">{error}</p>}
      <InvalidFields fields={bad} labels={LABELS} />
      <Form method="post" encType="multipart/form-data" action={action} className="panel listing-form" {...check.form}>
        <fieldset disabled={locked} className="bare">
          {draft.product_id && <input type="hidden" name="product_id" value={draft.product_id} />}
          <Field name="title_vi" label={t("listing.titleVi")} defaultValue={draft.title_vi} maxLength={200} required lang="vi" invalid={bad.includes("title_vi")} />
          <Field name="title_en" label={t("listing.titleEn")} defaultValue={draft.title_en} maxLength={200} required lang="en" invalid={bad.includes("title_en")} />
          <label className="field">
            <span>{t("listing.descriptionVi")}</span>
            <textarea name="description_vi" defaultValue={draft.description_vi} rows={4} maxLength={5000} lang="vi" aria-invalid={bad.includes("description_vi") || undefined} />
          </label>
          <label className="field">
            <span>{t("listing.descriptionEn")}</span>
            <textarea name="description_en" defaultValue={draft.description_en} rows={4} maxLength={5000} lang="en" aria-invalid={bad.includes("description_en") || undefined} />
          </label>

          <h2>{t("listing.variants")}</h2>
          <p className="hint muted">{t("listing.variantsHint")}</p>
          {rows.map((v, i) => (
            <fieldset key={i} className="variant-row">
              <legend>{t("listing.variant", { n: i + 1 })}</legend>
              <Field name={`variant_title_${i}`} label={t("listing.variantTitle")} defaultValue={v.title} maxLength={120} invalid={(bad.includes("variant_title") && !v.title && Boolean(v.price)) || (bad.includes("variants") && i === 0)} />
              <div className="row2">
                <Field name={`variant_price_${i}`} label={t("listing.price")} defaultValue={v.price ? grouped.format(v.price) : ""} inputMode="numeric" autoComplete="off" invalid={bad.includes("variant_price")} />
                <Field name={`variant_sku_${i}`} label={t("listing.sku")} defaultValue={v.sku} maxLength={64} autoComplete="off" invalid={bad.includes("variant_sku")} />
              </div>
              <Field name={`variant_barcode_${i}`} label={t("listing.barcode")} defaultValue={v.barcode} inputMode="numeric" pattern="\d{8,14}" autoComplete="off" invalid={bad.includes("variant_barcode")} />
            </fieldset>
          ))}

          <h2>{t("listing.images")}</h2>
          {draft.images.length > 0 && (
            <ul className="listing-images">
              {draft.images.map((url) => (
                <li key={url}>
                  <img src={url} alt="" width={96} height={96} loading="lazy" />
                  <label className="check"><input type="checkbox" name="images" value={url} defaultChecked /> {t("listing.keepImage")}</label>
                </li>
              ))}
            </ul>
          )}
          <label className="field">
            <span>{t("listing.addImages")}</span>
            <input type="file" name="image_files" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="image-hint" />
            <small id="image-hint" className="muted">{t("listing.imagesHint")}</small>
          </label>

          <h2>{t("listing.certificate")}</h2>
          <p className="notice">{t("listing.certificateNote")}</p>
          {draft.certificate && (
            <label className="check">
              <input type="checkbox" name="keep_certificate" value={JSON.stringify(draft.certificate)} defaultChecked />{" "}
              <a href={draft.certificate.url} target="_blank" rel="noreferrer">{t("listing.keepCertificate", { name: draft.certificate.filename })}</a>
            </label>
          )}
          <label className="field">
            <span>{t("listing.addCertificate")}</span>
            <input type="file" name="certificate_file" accept="application/pdf,image/jpeg,image/png" aria-describedby="certificate-hint" />
            <small id="certificate-hint" className="muted">{t("listing.certificateHint")}</small>
          </label>

          <div className="listing-actions">
            <button type="submit" name="intent" value="save" disabled={busy}>{t("listing.save")}</button>
            <button type="submit" name="intent" value="submit" className="primary" disabled={busy}>{t("listing.submit")}</button>
          </div>
        </fieldset>
      </Form>
    </>
  )
}
