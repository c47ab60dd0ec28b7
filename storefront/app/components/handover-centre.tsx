import { Link } from "react-router"
import type { Centre } from "../lib/catalogue.server"
import { useLocale, useT } from "../lib/use-t"
import { CentreFacts } from "./centre-facts"

export type Handover = { kind: "pickup" | "delivery"; centre: Centre | null }

/** Which centre hands the order over: where to collect it and when, or where it ships from. */
export function HandoverCentre({ handover }: { handover: Handover | null }) {
  const t = useT()
  const locale = useLocale()
  if (!handover?.centre) return null
  const c = handover.centre
  const name = <Link to={`/${locale}/centres/${c.handle}`}>{c.name}</Link>
  return (
    <section className="panel handover" aria-labelledby="handover">
      <h2 id="handover">{handover.kind === "pickup" ? t("order.collectAt") : t("order.shipsFrom")}</h2>
      <p>{name}</p>
      {handover.kind === "pickup" && <CentreFacts centre={c} />}
    </section>
  )
}
