import { Link } from "react-router"
import { ProducerNav } from "../../components/producer-nav"
import { formatDate, formatMoney } from "../../lib/format"
import type { MessageKey } from "../../lib/i18n"
import { localeOf, producerLoad, producerName } from "../../lib/producer.server"
import { useT } from "../../lib/use-t"
import type { Listing, LiveProduct } from "./producer.server"
import type { Route } from "./+types/producer.products"

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = localeOf(params.lang)
  const [{ products }, { listings }] = await Promise.all([
    producerLoad<{ products: LiveProduct[] }>(request, locale, "/producer/products"),
    producerLoad<{ listings: Listing[] }>(request, locale, "/producer/listings"),
  ])
  const submitted = new URL(request.url).searchParams.get("submitted") === "1"
  return { locale, products, listings, submitted, name: await producerName(request) }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Products · OCOP producers" : "Sản phẩm · Nhà sản xuất OCOP" }, { name: "robots", content: "noindex" }]
}

export default function ProducerProducts({ loaderData }: Route.ComponentProps) {
  const { locale, products, listings, submitted, name } = loaderData
  const t = useT()
  const base = `/${locale}/producer`
  const title = (p: { title_vi: string; title_en: string }) => (locale === "en" ? p.title_en || p.title_vi : p.title_vi)
  const prices = (vs: { price: number }[]) => [...new Set(vs.map((v) => formatMoney(v.price, "vnd", locale)))].join(" · ")
  return (
    <section className="producer-page">
      <ProducerNav name={name} />
      <h1>{t("producer.nav.products")}</h1>
      {submitted && <p role="status" className="ok">{t("listing.submitted")}</p>}
      <p><Link to={`${base}/listings/new`} className="button primary">{t("producer.newListing")}</Link></p>
      <h2>{t("producer.listings")}</h2>
      {listings.length === 0 ? (
        <p className="muted">{t("producer.noListings")}</p>
      ) : (
        <ul className="producer-list">
          {listings.map((l) => (
            <li key={l.id} className="producer-card">
              <h3><Link to={`${base}/listings/${l.id}`}>{title(l) || "—"}</Link></h3>
              <p><span className={`status status-${l.status}`}>{t(`listing.status.${l.status}` as MessageKey)}</span> <small className="muted">{formatDate(l.updated_at, locale)}</small></p>
              {l.status === "rejected" && l.review_comment && <p className="error">{t("listing.reviewComment", { comment: l.review_comment })}</p>}
              {l.variants.length > 0 && <p className="muted">{prices(l.variants)}</p>}
              <p><Link to={`${base}/listings/${l.id}`}>{l.status === "draft" || l.status === "rejected" ? t("producer.edit") : t("producer.view")}</Link></p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("producer.liveProducts")}</h2>
      {products.length === 0 ? (
        <p className="muted">{t("producer.noProducts")}</p>
      ) : (
        <ul className="producer-list">
          {products.map((p) => (
            <li key={p.id} className="producer-card with-thumb">
              {p.thumbnail ? <img src={p.thumbnail} alt="" width={64} height={64} loading="lazy" /> : <span className="thumb-blank" aria-hidden="true" />}
              <div>
                <h3><Link to={`/${locale}/products/${p.handle}`}>{title(p)}</Link></h3>
                <p className="muted">{prices(p.variants)}</p>
                <p>{p.ocop ? t("producer.ocop", { stars: p.ocop.stars, date: p.ocop.expiry_date ? formatDate(p.ocop.expiry_date, locale) : "—" }) : t("producer.noOcop")}</p>
                <p><Link to={`${base}/listings/new?product=${encodeURIComponent(p.id)}`}>{t("producer.proposeChange")}</Link></p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export { ProducerErrorBoundary as ErrorBoundary } from "../../components/producer-error"
