import { Form, Link, useSubmit } from "react-router"
import { ProductCard } from "../../components/product-card"
import { search } from "../../lib/catalogue.server"
import type { MessageKey } from "../../lib/i18n"
import { isLocale, type Locale } from "../../lib/locale"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/search"

const PAGE = 24
const SORTS = ["relevance", "newest", "price_asc", "price_desc", "stars"] as const
/** Parameters the page passes on to /store/ocop/search; anything else in the URL is ignored. */
const PASSED = ["q", "centre", "village", "producer", "stars", "group", "price_min", "price_max", "sort", "page"]

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const url = new URL(request.url)
  const query = new URLSearchParams()
  for (const [k, v] of url.searchParams) if (PASSED.includes(k) && k !== "page" && v.trim()) query.append(k, v.trim())
  if (query.get("sort") && !SORTS.includes(query.get("sort") as (typeof SORTS)[number])) query.delete("sort")
  const page = Math.max(1, Math.min(400, Number(url.searchParams.get("page")) || 1))
  query.set("limit", String(PAGE))
  query.set("offset", String((page - 1) * PAGE))
  query.set("facets", "centre,village,stars,group")
  const answer = await search(query, locale)
  return { locale, answer, page, chosen: Object.fromEntries(PASSED.map((k) => [k, url.searchParams.getAll(k)])) }
}

export function meta({ data }: Route.MetaArgs) {
  const en = data?.locale === "en"
  const q = data?.chosen.q?.[0]
  return [{ title: `${q ? `${q} · ` : ""}${en ? "Search · OCOP Hanoi" : "Tìm kiếm · OCOP Hà Nội"}` }]
}

const FACETS = ["stars", "centre", "village", "group"] as const

export default function Search({ loaderData }: Route.ComponentProps) {
  const { locale, answer, page, chosen } = loaderData
  const t = useT()
  const submit = useSubmit()
  const pages = Math.max(1, Math.ceil(answer.count / PAGE))
  const q = chosen.q?.[0] ?? ""
  const chosenCount = ["centre", "village", "producer", "stars", "group", "price_min", "price_max"].reduce((n, k) => n + (chosen[k]?.length ?? 0), 0)
  const pageHref = (n: number) => {
    const sp = new URLSearchParams()
    for (const [k, values] of Object.entries(chosen)) if (k !== "page") for (const v of values as string[]) sp.append(k, v)
    sp.set("page", String(n))
    return `/${locale}/search?${sp}`
  }
  const label = (facet: string, value: string) =>
    facet === "stars"
      ? t("stars.label", { count: Number(value) })
      : facet === "group"
        ? t(`group.${value}` as MessageKey)
        : answer.facet_labels[facet]?.[value] ?? value
  return (
    <div className="search-page">
      <h1>{t("search.title")}</h1>
      {/* A plain GET form: works without JavaScript; with it, each change submits at once. */}
      <Form method="get" className="search-form" onChange={(e) => submit(e.currentTarget, { preventScrollReset: true })}>
        <div className="row">
          <label htmlFor="q" className="visually-hidden">{t("search.label")}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} placeholder={t("search.placeholder")} />
          <button type="submit">{t("search.submit")}</button>
        </div>
        {/* No producer facet (a long list): a producer page's "see all" keeps its filter here. */}
        {(chosen.producer as string[]).map((v) => (
          <input key={v} type="hidden" name="producer" value={v} />
        ))}
        <div className="search-layout">
          {/* Folded on a phone so results come first; open whenever a filter is in use. */}
          <details className="filters" open={chosenCount > 0 || undefined}>
            <summary>
              {t("search.filters")}
              {chosenCount > 0 && ` (${chosenCount})`}
            </summary>
            {FACETS.map((facet) => {
              const counts = Object.entries(answer.facets[facet] ?? {}).sort((a, b) =>
                facet === "stars" ? Number(b[0]) - Number(a[0]) : label(facet, a[0]).localeCompare(label(facet, b[0]))
              )
              if (!counts.length) return null
              const param = facet
              return (
                <fieldset key={facet} className="facet">
                  <legend>{t(`facet.${facet}`)}</legend>
                  {counts.map(([value, n]) => (
                    <label key={value} className="check">
                      <input type="checkbox" name={param} value={value} defaultChecked={(chosen[param] as string[]).includes(value)} />
                      <span>{label(facet, value)}</span> <span className="muted">({n})</span>
                    </label>
                  ))}
                </fieldset>
              )
            })}
            <fieldset className="facet">
              <legend>{t("facet.price")} (₫)</legend>
              <div className="row">
                <label className="visually-hidden" htmlFor="price_min">min</label>
                <input id="price_min" name="price_min" inputMode="numeric" pattern="[0-9]*" defaultValue={chosen.price_min?.[0] ?? ""} placeholder="0" size={8} />
                <span aria-hidden="true">–</span>
                <label className="visually-hidden" htmlFor="price_max">max</label>
                <input id="price_max" name="price_max" inputMode="numeric" pattern="[0-9]*" defaultValue={chosen.price_max?.[0] ?? ""} placeholder="5000000" size={8} />
              </div>
            </fieldset>
            <button type="submit">{t("search.apply")}</button> <Link to={`/${locale}/search`}>{t("search.clear")}</Link>
          </details>
          <section aria-live="polite" className="results">
            <div className="results-head">
              <p>
                {q ? t("search.resultsFor", { count: answer.count, q }) : t("search.results", { count: answer.count })}
                {answer.corrected_query && answer.corrected_query !== q && <> · {t("search.corrected", { q: answer.corrected_query })}</>}
              </p>
              <label>
                {t("search.sort")}{" "}
                <select name="sort" defaultValue={chosen.sort?.[0] ?? answer.sort}>
                  {SORTS.map((s) => (
                    <option key={s} value={s}>{t(`sort.${s}`)}</option>
                  ))}
                </select>
              </label>
            </div>
            {answer.hits.length === 0 ? (
              <p className="notice">{t("search.none")}</p>
            ) : (
              <ul className="grid">
                {answer.hits.map((hit) => (
                  <ProductCard key={hit.id} hit={hit} />
                ))}
              </ul>
            )}
            {pages > 1 && (
              <nav className="pager" aria-label={t("page.of", { page, pages })}>
                {page > 1 && <Link to={pageHref(page - 1)} rel="prev">{t("page.prev")}</Link>}
                <span>{t("page.of", { page, pages })}</span>
                {page < pages && <Link to={pageHref(page + 1)} rel="next">{t("page.next")}</Link>}
              </nav>
            )}
          </section>
        </div>
      </Form>
    </div>
  )
}
