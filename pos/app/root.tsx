import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "react-router"
import { I18nProvider, useI18n } from "./lib/use-t"
import "./app.css"

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#7a1f1f" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/icon-192.png" />
        <title>OCOP POS</title>
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return (
    <I18nProvider>
      <Outlet />
    </I18nProvider>
  )
}

/** What the static shell shows while the till's code starts (and the build prerenders). */
export function HydrateFallback() {
  return <p className="boot">OCOP POS…</p>
}

export function ErrorBoundary() {
  const error = useRouteError()
  if (!(isRouteErrorResponse(error) && error.status === 404)) console.error(error)
  return (
    <I18nProvider>
      <TillError />
    </I18nProvider>
  )
}

function TillError() {
  const { t } = useI18n()
  return (
    <main className="centre-page">
      <h1>{t("error.title")}</h1>
      <p>{t("error.general")}</p>
      <a className="button primary" href="/sell">{t("nav.sell")}</a>
    </main>
  )
}
