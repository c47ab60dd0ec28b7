import { data, Link } from "react-router"
import { CentreFacts } from "../../components/centre-facts"
import { ProducerList } from "../../components/producer-list"
import { ProductCard } from "../../components/product-card"
import { Stars } from "../../components/stars"
import { centre, isHandle, search } from "../../lib/catalogue.server"
import { metaTranslator } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { pageMeta } from "../../lib/page-meta"
import { mapUrl, parseOpeningHours, schemaOpeningHours, telHref } from "../../lib/place-contact"
import { useLocale, useT } from "../../lib/use-t"
import type { Route } from "./+types/centres.$handle"

const SHOWN = 12

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  if (!isHandle(params.handle)) throw data(null, { status: 404 })
  // Both at once: an unknown centre answers 404 from the first, whatever the search says.
  const [place, stock] = await Promise.all([
    centre(params.handle, locale),
    search(new URLSearchParams({ centre: params.handle, in_stock_at: params.handle, limit: String(SHOWN), facets: "centre" }), locale),
  ])
  return { locale, url: `${new URL(request.url).origin}/${locale}/centres/${place.handle}`, centre: place, stock }
}

export function meta({ data: p, matches }: Route.MetaArgs) {
  if (!p) return []
  const t = metaTranslator(matches)
  const c = p.centre
  const hours = parseOpeningHours(c.opening_hours)
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Store",
    name: c.name,
    description: c.description ?? undefined,
    url: p.url,
    telephone: c.phone ? telHref(c.phone).slice("tel:".length) : undefined,
    address: {
      "@type": "PostalAddress",
      streetAddress: c.address,
      addressLocality: c.commune,
      addressRegion: c.province,
      addressCountry: "VN",
    },
    geo: c.latitude !== null && c.longitude !== null ? { "@type": "GeoCoordinates", latitude: c.latitude, longitude: c.longitude } : undefined,
    hasMap: mapUrl(c.latitude, c.longitude) ?? undefined,
    openingHours: hours ? schemaOpeningHours(hours) : undefined,
  }
  return [
    ...pageMeta({
      title: `${c.name} · ${t("site.name")}`,
      description: c.description || `${t(`places.kind.${c.kind}`)}: ${c.address}`,
      url: p.url,
      locale: p.locale,
      type: "place",
      image: p.stock.hits[0]?.thumbnail,
    }),
    ...(c.latitude !== null && c.longitude !== null
      ? [
          { property: "place:location:latitude", content: String(c.latitude) },
          { property: "place:location:longitude", content: String(c.longitude) },
        ]
      : []),
    { "script:ld+json": jsonLd },
  ]
}

export default function CentrePage({ loaderData }: Route.ComponentProps) {
  const { centre: c, stock } = loaderData
  const t = useT()
  const locale = useLocale()
  const total = c.product_count ?? stock.count
  return (
    <article className="place">
      <p className="kind">
        <Link to={`/${locale}/centres`}>{t("places.all")}</Link> · {t(`places.kind.${c.kind}`)}
      </p>
      <h1>{c.name}</h1>
      {c.stars !== null && (
        <p>
          <Stars count={c.stars} label={t("places.centreStars", { count: c.stars })} />{" "}
          <span className="muted" aria-hidden="true">{t("places.centreStars", { count: c.stars })}</span>
        </p>
      )}
      {/* How to get there comes first on a phone; beside the description on a wide screen. */}
      <div className="place-layout">
        <aside className="place-card">
          <CentreFacts centre={c} />
        </aside>
        {c.description && (
          <section aria-labelledby="about">
            <h2 id="about">{t("places.about")}</h2>
            <p>{c.description}</p>
          </section>
        )}
      </div>
      <section aria-labelledby="sells">
        <h2 id="sells">{t("places.sells")}</h2>
        {stock.hits.length === 0 ? (
          <p className="notice">{t("places.noStock")}</p>
        ) : (
          <ul className="grid">
            {stock.hits.map((hit) => (
              <ProductCard key={hit.id} hit={hit} />
            ))}
          </ul>
        )}
        {total > 0 && (
          <p className="more">
            <Link to={`/${locale}/search?centre=${c.handle}`} className="button">
              {t("places.seeAll", { count: total })}
            </Link>
          </p>
        )}
      </section>
      {c.villages.length > 0 && (
        <section aria-labelledby="villages">
          <h2 id="villages">{t("places.villages")}</h2>
          <ul className="chips">
            {c.villages.map((v) => (
              <li key={v.id}>
                <Link to={`/${locale}/villages/${v.handle}`}>
                  {v.name}
                  {v.craft && <span className="muted"> · {v.craft}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.producers.length > 0 && (
        <section aria-labelledby="producers">
          <h2 id="producers">{t("places.producers")}</h2>
          <ProducerList producers={c.producers} />
        </section>
      )}
    </article>
  )
}
