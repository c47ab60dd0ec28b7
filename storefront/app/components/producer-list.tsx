import { Link } from "react-router"
import type { Producer } from "../lib/catalogue.server"
import { useLocale, useT } from "../lib/use-t"

/** Producers as links to their pages, with what kind of business each is and, if asked, its village. */
export function ProducerList({ producers, showVillage = true }: { producers: Producer[]; showVillage?: boolean }) {
  const t = useT()
  const locale = useLocale()
  return (
    <ul className="link-list">
      {producers.map((p) => (
        <li key={p.id}>
          <Link to={`/${locale}/producers/${p.handle}`}>{p.name}</Link>
          <span className="muted">
            {" · "}
            {t(`producer.type.${p.type}`)}
            {showVillage && p.village && ` · ${p.village.name}`}
          </span>
        </li>
      ))}
    </ul>
  )
}
