import { Form, Link } from "react-router"
import { ProductCard } from "../../components/product-card"
import { centres, search, villages } from "../../lib/catalogue.server"
import { isLocale, type Locale } from "../../lib/locale"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/home"

export async function loader({ params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const [featured, allCentres, allVillages] = await Promise.all([
    search(new URLSearchParams({ stars: "5", certified: "true", limit: "8", sort: "newest", facets: "stars" }), locale),
    centres(locale),
    villages(locale),
  ])
  return { locale, featured: featured.hits, centres: allCentres, villages: allVillages }
}

export function meta({ data }: Route.MetaArgs) {
  const en = data?.locale === "en"
  return [
    { title: en ? "OCOP Hanoi: craft village products" : "OCOP Hà Nội: sản phẩm làng nghề" },
    { name: "description", content: en ? "OCOP-certified products from Hanoi's craft villages." : "Sản phẩm OCOP từ các làng nghề Hà Nội." },
  ]
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { locale, featured, centres, villages } = loaderData
  const t = useT()
  return (
    <>
      <section className="hero">
        <h1>{t("home.hero")}</h1>
        <p>{t("home.heroText")}</p>
        <Form method="get" action={`/${locale}/search`} className="hero-search" role="search">
          <label htmlFor="home-q">{t("search.label")}</label>
          <div className="row">
            <input id="home-q" name="q" type="search" placeholder={t("search.placeholder")} maxLength={200} />
            <button type="submit">{t("search.submit")}</button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="featured">
        <h2 id="featured">{t("home.featured")}</h2>
        <ul className="grid">
          {featured.map((hit) => (
            <ProductCard key={hit.id} hit={hit} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="centres">
        <h2 id="centres">{t("home.centres")}</h2>
        <ul className="tiles">
          {centres.map((c) => (
            <li key={c.id}>
              <Link to={`/${locale}/centres/${c.handle}`}>
                <strong>{c.name}</strong>
                <span className="muted">{c.commune}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/${locale}/centres`}>{t("home.allCentres")}</Link>
        </p>
      </section>
      <section aria-labelledby="villages">
        <h2 id="villages">{t("home.villages")}</h2>
        <ul className="chips">
          {villages.map((v) => (
            <li key={v.id}>
              <Link to={`/${locale}/villages/${v.handle}`}>{v.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
