import { data, Link } from "react-router"
import { ProducerList } from "../../components/producer-list"
import { ProductCard } from "../../components/product-card"
import { WhereToBuy } from "../../components/where-to-buy"
import { isHandle, search, village } from "../../lib/catalogue.server"
import { metaTranslator } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { pageMeta } from "../../lib/page-meta"
import { useLocale, useT } from "../../lib/use-t"
import type { Route } from "./+types/villages.$handle"

const SHOWN = 12

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  if (!isHandle(params.handle)) throw data(null, { status: 404 })
  // The centre facet counts all the village's products, not only the ones shown, so it says
  // where every one of them can be bought.
  const [place, products] = await Promise.all([
    village(params.handle, locale),
    search(new URLSearchParams({ village: params.handle, limit: String(SHOWN), facets: "centre" }), locale),
  ])
  return { locale, url: `${new URL(request.url).origin}/${locale}/villages/${place.handle}`, village: place, products }
}

export function meta({ data: p, matches }: Route.MetaArgs) {
  if (!p) return []
  const t = metaTranslator(matches)
  const v = p.village
  return pageMeta({
    title: `${v.name} · ${t("site.name")}`,
    description: v.story || [v.craft, v.commune].filter(Boolean).join(", "),
    url: p.url,
    locale: p.locale,
    image: p.products.hits[0]?.thumbnail,
  })
}

export default function VillagePage({ loaderData }: Route.ComponentProps) {
  const { village: v, products } = loaderData
  const t = useT()
  const locale = useLocale()
  return (
    <article className="place">
      <p className="kind">{t("places.village")}</p>
      <h1>{v.name}</h1>
      <dl className="facts">
        {v.craft && (
          <>
            <dt>{t("places.craft")}</dt>
            <dd>{v.craft}</dd>
          </>
        )}
        {v.commune && (
          <>
            <dt>{t("places.location")}</dt>
            <dd>
              {v.commune}
              {v.former_district && <span className="muted"> ({t("places.formerDistrict", { district: v.former_district })})</span>}
            </dd>
          </>
        )}
      </dl>
      {v.story && <p className="story">{v.story}</p>}
      {/* Where to buy first: it is short, and it is what a visitor planning a trip looks for. */}
      <WhereToBuy answer={products} />
      <section aria-labelledby="products">
        <h2 id="products">{t("places.villageProducts")}</h2>
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
            <Link to={`/${locale}/search?village=${v.handle}`} className="button">
              {t("places.seeAll", { count: products.count })}
            </Link>
          </p>
        )}
      </section>
      {v.producers.length > 0 && (
        <section aria-labelledby="producers">
          <h2 id="producers">{t("places.producers")}</h2>
          <ProducerList producers={v.producers} showVillage={false} />
        </section>
      )}
    </article>
  )
}
