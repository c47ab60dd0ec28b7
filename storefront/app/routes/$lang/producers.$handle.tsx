import { data, Link } from "react-router"
import { ProductCard } from "../../components/product-card"
import { WhereToBuy } from "../../components/where-to-buy"
import { isHandle, producer, search } from "../../lib/catalogue.server"
import { metaTranslator } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { pageMeta } from "../../lib/page-meta"
import { telHref } from "../../lib/place-contact"
import { useLocale, useT } from "../../lib/use-t"
import type { Route } from "./+types/producers.$handle"

const SHOWN = 12

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  if (!isHandle(params.handle)) throw data(null, { status: 404 })
  // The profile's own product list has Vietnamese titles only; search has them in the page's
  // language, with prices and stars, and its centre facet says where they are sold.
  const [profile, products] = await Promise.all([
    producer(params.handle, locale),
    search(new URLSearchParams({ producer: params.handle, limit: String(SHOWN), facets: "centre" }), locale),
  ])
  return { locale, url: `${new URL(request.url).origin}/${locale}/producers/${profile.handle}`, producer: profile, products }
}

export function meta({ data: p, matches }: Route.MetaArgs) {
  if (!p) return []
  const t = metaTranslator(matches)
  const pr = p.producer
  return pageMeta({
    title: `${pr.name} · ${t("site.name")}`,
    description: pr.story || [t(`producer.type.${pr.type}`), pr.village?.name].filter(Boolean).join(", "),
    url: p.url,
    locale: p.locale,
    type: "profile",
    image: p.products.hits[0]?.thumbnail,
  })
}

export default function ProducerPage({ loaderData }: Route.ComponentProps) {
  const { producer: p, products } = loaderData
  const t = useT()
  const locale = useLocale()
  return (
    <article className="place">
      <p className="kind">{t("places.producer")}</p>
      <h1>{p.name}</h1>
      {p.story && <p className="story">{p.story}</p>}
      {/* What is public about a business anyway: its registration (type, representative, tax
          code, printed on every invoice) and the contact it gives for its business. */}
      <dl className="facts place-card">
        <dt>{t("places.type")}</dt>
        <dd>{t(`producer.type.${p.type}`)}</dd>
        {p.village && (
          <>
            <dt>{t("places.village")}</dt>
            <dd>
              <Link to={`/${locale}/villages/${p.village.handle}`}>{p.village.name}</Link>
            </dd>
          </>
        )}
        {p.representative && (
          <>
            <dt>{t("places.representative")}</dt>
            <dd>{p.representative}</dd>
          </>
        )}
        <dt>{t("places.taxCode")}</dt>
        <dd>{p.tax_code}</dd>
        {p.phone && (
          <>
            <dt>{t("places.phone")}</dt>
            <dd>
              <a href={telHref(p.phone)}>{p.phone}</a>
            </dd>
          </>
        )}
        {p.email && (
          <>
            <dt>{t("places.email")}</dt>
            <dd>
              <a href={`mailto:${p.email}`}>{p.email}</a>
            </dd>
          </>
        )}
      </dl>
      {/* Where to buy first: it is short, and it is what a visitor planning a trip looks for. */}
      <WhereToBuy answer={products} />
      <section aria-labelledby="products">
        <h2 id="products">{t("places.producerProducts")}</h2>
        {products.hits.length === 0 ? (
          <p className="notice">{t("places.noProducts")}</p>
        ) : (
          <ul className="grid">
            {products.hits.map((hit) => (
              <ProductCard key={hit.id} hit={hit} />
            ))}
          </ul>
        )}
        {products.count > products.hits.length && (
          <p className="more">
            <Link to={`/${locale}/search?producer=${p.handle}`} className="button">
              {t("places.seeAll", { count: products.count })}
            </Link>
          </p>
        )}
      </section>
    </article>
  )
}
