import { isRouteErrorResponse, Link, useRouteError } from "react-router"
import { useLocale, useT } from "../lib/use-t"

/**
 * A producer page whose loader the backend refused: the backend's own sentence (it speaks the
 * page's language), or ours when there is none. A 401 never gets here: it goes to the login page.
 */
export function ProducerErrorBoundary() {
  const error = useRouteError()
  const t = useT()
  const locale = useLocale()
  const sentence = isRouteErrorResponse(error) && typeof error.data?.message === "string" ? error.data.message : null
  if (!sentence && typeof document === "undefined") console.error(error)
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <section className="error-page">
      <h1>{t(notFound ? "error.notFound" : "error.server")}</h1>
      <p role="alert">{sentence ?? t("error.serverText")}</p>
      <p>
        <Link to={`/${locale}/producer`}>{t("producer.nav.dashboard")}</Link> · <Link to={`/${locale}/producer/login`}>{t("producer.loginTitle")}</Link>
      </p>
    </section>
  )
}
