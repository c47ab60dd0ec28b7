import { Link } from "react-router"
import type { SearchHit } from "../lib/catalogue.server"
import { formatMoney } from "../lib/format"
import { useLocale, useT } from "../lib/use-t"
import { Stars } from "./stars"

export function ProductCard({ hit }: { hit: SearchHit }) {
  const locale = useLocale()
  const t = useT()
  return (
    <li className="card">
      <Link to={`/${locale}/products/${hit.handle}`} className="card-link">
        {/* Sized, so the grid does not shift while images load. */}
        <img src={hit.thumbnail ?? "/placeholder.svg"} alt="" width={320} height={320} loading="lazy" decoding="async" />
        <h3>{hit.title}</h3>
      </Link>
      {hit.ocop && <Stars count={hit.ocop.stars} label={t("stars.label", { count: hit.ocop.stars })} />}
      {hit.price && <p className="price">{formatMoney(hit.price.amount, hit.price.currency_code, locale)}</p>}
      {hit.village && <p className="muted">{hit.village.name}</p>}
    </li>
  )
}
