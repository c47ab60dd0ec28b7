import { Form, NavLink } from "react-router"
import { useLocale, useT } from "../lib/use-t"

/** The producer area's own menu, above each of its pages: four places and logging out. */
export function ProducerNav({ name }: { name: string | null }) {
  const t = useT()
  const locale = useLocale()
  const base = `/${locale}/producer`
  return (
    <div className="producer-bar">
      <div className="producer-who">
        <p className="kind">{t("producer.area")}{name ? ` · ${name}` : ""}</p>
        <Form method="post" action={`${base}/logout`}>
          <button type="submit" className="link">{t("producer.logout")}</button>
        </Form>
      </div>
      <nav aria-label={t("producer.area")} className="producer-nav">
        <NavLink to={base} end>{t("producer.nav.dashboard")}</NavLink>
        <NavLink to={`${base}/products`}>{t("producer.nav.products")}</NavLink>
        <NavLink to={`${base}/stock`}>{t("producer.nav.stock")}</NavLink>
        <NavLink to={`${base}/statements`}>{t("producer.nav.statements")}</NavLink>
      </nav>
    </div>
  )
}
