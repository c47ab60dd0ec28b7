import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useParams, useRouteError, useRouteLoaderData, type ShouldRevalidateFunctionArgs } from "react-router"
import { isLocale, LOCALES, switchLocalePath } from "./lib/locale"
import { messagesFor } from "./lib/messages.server"
import { useT } from "./lib/use-t"
import type { Route } from "./+types/root"
import "./app.css"

/** The words of the URL's language, once per document: a page never ships both languages. */
export function loader({ params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "vi"
  return { messages: messagesFor(locale) }
}

// Switching language is a full page load (a plain link), so in-app navigation never needs new words.
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}

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

/**
 * Errors outside a language (or before one is known) still get a sentence. Without the root's
 * words (its loader failed), both languages' sentences are written here.
 */
export function ErrorBoundary() {
  const error = useRouteError()
  const { lang } = useParams()
  const locale = isLocale(lang) ? lang : "vi"
  const t = useT()
  const words = Boolean(useRouteLoaderData("root"))
  const notFound = isRouteErrorResponse(error) && error.status === 404
  if (!notFound) console.error(error)
  return (
    <main className="error-page" id="main">
      {words ? (
        <>
          <h1>{t(notFound ? "error.notFound" : "error.server")}</h1>
          <p>{t(notFound ? "error.notFoundText" : "error.serverText")}</p>
        </>
      ) : (
        <>
          <h1 lang="vi">{notFound ? "Không tìm thấy trang này." : "Đã có lỗi. Hãy thử lại sau ít phút."}</h1>
          <p lang="en">{notFound ? "We could not find this page." : "Something went wrong. Please try again in a few minutes."}</p>
        </>
      )}
      <p>
        <a href={`/${locale}`}>{words ? t("error.home") : "OCOP Hà Nội"}</a>
      </p>
    </main>
  )
}
