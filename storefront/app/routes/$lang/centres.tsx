import { Link } from "react-router"
import { CentreFacts } from "../../components/centre-facts"
import { Stars } from "../../components/stars"
import { centres, type Centre } from "../../lib/catalogue.server"
import { metaTranslator } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { pageMeta } from "../../lib/page-meta"
import { useLocale, useT } from "../../lib/use-t"
import type { Route } from "./+types/centres"

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const all = await centres(locale)
  return { locale, url: `${new URL(request.url).origin}/${locale}/centres`, centres: all }
}

export function meta({ data, matches }: Route.MetaArgs) {
  if (!data) return []
  const t = metaTranslator(matches)
  return pageMeta({ title: `${t("places.title")} · ${t("site.name")}`, description: t("places.metaDescription"), url: data.url, locale: data.locale })
}

// The city's two kinds of place, in the order a visitor should meet them.
const KINDS = [
  { kind: "design_sales_centre", heading: "places.centresHeading", text: "places.centresText" },
  { kind: "sales_point", heading: "places.pointsHeading", text: "places.pointsText" },
] as const

export default function Centres({ loaderData }: Route.ComponentProps) {
  const { centres } = loaderData
  const t = useT()
  return (
    <div className="places">
      <h1>{t("places.title")}</h1>
      <p className="lead">{t("places.intro")}</p>
      {centres.length === 0 && <p className="notice">{t("places.none")}</p>}
      {KINDS.map(({ kind, heading, text }) => {
        const group = centres.filter((c) => c.kind === kind)
        if (!group.length) return null
        return (
          <section key={kind} aria-labelledby={kind}>
            <h2 id={kind}>{t(heading)}</h2>
            <p className="muted">{t(text)}</p>
            <ul className="centre-list">
              {group.map((c) => (
                <CentreCard key={c.id} centre={c} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

function CentreCard({ centre: c }: { centre: Centre }) {
  const t = useT()
  const locale = useLocale()
  return (
    <li className="centre-card">
      <h3>
        <Link to={`/${locale}/centres/${c.handle}`}>{c.name}</Link>
      </h3>
      {c.stars !== null && <Stars count={c.stars} label={t("places.centreStars", { count: c.stars })} />}
      <CentreFacts centre={c} />
      {!!c.product_count && (
        <p>
          <Link to={`/${locale}/search?centre=${c.handle}`}>{t("places.seeAll", { count: c.product_count })}</Link>
        </p>
      )}
    </li>
  )
}
