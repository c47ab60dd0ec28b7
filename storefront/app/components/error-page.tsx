import { isRouteErrorResponse, Link, useRouteError } from "react-router"
import { useLocale, useT } from "../lib/use-t"

/** 404 and 500 pages in the page's language; the technical detail goes to the server log only. */
export function ErrorBoundary() {
  const error = useRouteError()
  const t = useT()
  const locale = useLocale()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  const unreachable = isRouteErrorResponse(error) && error.status === 503
  if (!notFound && typeof document === "undefined") console.error(error)
  return (
    <section className="error-page">
      <h1>{t(notFound ? "error.notFound" : "error.server")}</h1>
      <p>{t(notFound ? "error.notFoundText" : unreachable ? "error.backend" : "error.serverText")}</p>
      <p>
        <Link to={`/${locale}`}>{t("error.home")}</Link> · <Link to={`/${locale}/search`}>{t("nav.search")}</Link>
      </p>
    </section>
  )
}
