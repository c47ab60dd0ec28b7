import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useParams, useRouteError, useRouteLoaderData } from "react-router"
import { translator } from "./lib/i18n"
import { isLocale, LOCALES, switchLocalePath } from "./lib/locale"
import "./app.css"

export function Layout({ children }: { children: React.ReactNode }) {
  const { lang } = useParams()
  return (
    <html lang={isLocale(lang) ? lang : "vi"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <Alternates />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

/**
 * Every page names its twin in the other language and a default (hreflang). Here rather than in
 * `meta`, because a page's own meta replaces its layout's.
 */
function Alternates() {
  const layout = useRouteLoaderData("routes/$lang/layout") as { origin: string } | undefined
  const { pathname } = useLocation()
  if (!layout) return null
  return (
    <>
      {LOCALES.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={layout.origin + switchLocalePath(pathname, l)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${layout.origin}/`} />
    </>
  )
}

export default function App() {
  return <Outlet />
}

/** Errors outside a language (or before one is known) still get a sentence, in Vietnamese and English. */
export function ErrorBoundary() {
  const error = useRouteError()
  const { lang } = useParams()
  const locale = isLocale(lang) ? lang : "vi"
  const t = translator(locale)
  const notFound = isRouteErrorResponse(error) && error.status === 404
  if (!notFound) console.error(error)
  return (
    <main className="error-page" id="main">
      <h1>{t(notFound ? "error.notFound" : "error.server")}</h1>
      <p>{t(notFound ? "error.notFoundText" : "error.serverText")}</p>
      <p>
        <a href={`/${locale}`}>{t("error.home")}</a>
      </p>
    </main>
  )
}
