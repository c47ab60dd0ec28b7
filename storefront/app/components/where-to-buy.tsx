import { Link } from "react-router"
import type { SearchAnswer } from "../lib/catalogue.server"
import { useLocale, useT } from "../lib/use-t"
import { productCount } from "../lib/place-contact"

/** The centres that sell a set of products, from a search answer's centre facet, most first. */
export function WhereToBuy({ answer }: { answer: SearchAnswer }) {
  const t = useT()
  const locale = useLocale()
  const counts = Object.entries(answer.facets.centre ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
  const name = (handle: string) => answer.facet_labels.centre?.[handle] ?? handle
  return (
    <section aria-labelledby="where-to-buy">
      <h2 id="where-to-buy">{t("places.whereToBuy")}</h2>
      {counts.length === 0 ? (
        <p className="muted">{t("places.notSold")}</p>
      ) : (
        <ul className="link-list">
          {counts.map(([handle, n]) => (
            <li key={handle}>
              <Link to={`/${locale}/centres/${handle}`}>{name(handle)}</Link>
              <span className="muted"> · {productCount(n, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
