import { data, Form, Link, Outlet, useLocation } from "react-router"
import { itemCount, readCart } from "../../lib/cart.server"
import { customerToken } from "../../lib/session.server"
import { isLocale, LOCALE_COOKIE, rememberedLocale, switchLocalePath, type Locale } from "../../lib/locale"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/layout"

export async function loader({ request, params }: Route.LoaderArgs) {
  if (!isLocale(params.lang)) throw data(null, { status: 404 })
  const cart = await readCart(request, params.lang).catch(() => null)
  const url = new URL(request.url)
  // Remember the language, so "/" opens it next time; only when it changes, so pages without
  // cookies to set stay cacheable.
  const remembered = rememberedLocale(request.headers.get("cookie")) === params.lang
  return data(
    { locale: params.lang as Locale, cartCount: itemCount(cart), origin: url.origin, signedIn: Boolean(await customerToken(request)) },
    remembered ? undefined : { headers: { "set-cookie": `${LOCALE_COOKIE}=${params.lang}; Path=/; Max-Age=31536000; SameSite=Lax` } }
  )
}

export default function LangLayout({ loaderData }: Route.ComponentProps) {
  const { locale, cartCount, signedIn } = loaderData
  const t = useT()
  const { pathname, search } = useLocation()
  const other = locale === "vi" ? "en" : "vi"
  return (
    <>
      <a className="skip" href="#main">{t("nav.skip")}</a>
      <header className="site-header">
        <Link to={`/${locale}`} className="brand">
          <span aria-hidden="true">★</span> {t("site.name")}
        </Link>
        <Form method="get" action={`/${locale}/search`} className="header-search" role="search">
          <label htmlFor="site-q" className="visually-hidden">{t("search.label")}</label>
          <input id="site-q" name="q" type="search" placeholder={t("search.placeholder")} maxLength={200} />
          <button type="submit">{t("search.submit")}</button>
        </Form>
        <nav aria-label={t("site.name")} className="site-nav">
          <Link to={`/${locale}/search`}>{t("nav.search")}</Link>
          <Link to={`/${locale}/centres`}>{t("nav.centres")}</Link>
          <Link to={`/${locale}/account`}>{signedIn ? t("nav.account") : t("account.login")}</Link>
          <Link to={`/${locale}/cart`} data-testid="cart-link">
            {t("nav.cart")} {cartCount > 0 && <span className="badge" aria-label={`${cartCount}`}>{cartCount}</span>}
          </Link>
          <a href={switchLocalePath(pathname, other) + search} hrefLang={other} lang={other}>
            {t("nav.language")}
          </a>
        </nav>
      </header>
      <main id="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("footer.text")}</p>
        <p><Link to={`/${locale}/producer`}>{t("producer.link")}</Link></p>
      </footer>
    </>
  )
}

export { ErrorBoundary } from "../../components/error-page"

