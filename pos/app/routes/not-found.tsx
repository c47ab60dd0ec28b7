import { Link } from "react-router"
import { useI18n } from "../lib/use-t"

export default function NotFound() {
  const { t } = useI18n()
  return (
    <main className="centre-page">
      <h1>{t("error.notFoundTitle")}</h1>
      <Link className="button primary" to="/sell">{t("nav.sell")}</Link>
    </main>
  )
}
