import { data, Link, redirect } from "react-router"
import { backendSentence } from "../../lib/backend-errors"
import { cartCookie, cartIdFrom, placedOrderCookie } from "../../lib/cart.server"
import { isLocale, type Locale } from "../../lib/locale"
import { storePost } from "../../lib/medusa.server"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/checkout.card"

/**
 * Where Stripe sends the shopper back after the card step (and 3-D Secure): the order is placed
 * now. The backend asks Stripe whether the payment went through; a refusal is shown here in words,
 * with the way back to the checkout, and the cart is kept. Opening the link twice places nothing
 * twice: a placed cart answers its order.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const cartId = await cartIdFrom(request)
  const placed = await placedOrderCookie.parse(request.headers.get("cookie"))
  if (!cartId) throw redirect(placed ? `/${locale}/orders/${placed}/confirmed` : `/${locale}/cart`)
  if (new URL(request.url).searchParams.get("redirect_status") === "failed") {
    return data({ locale, error: backendSentence({ sentence: undefined, message: "payment was not authorized" }, locale) }, { status: 402 })
  }
  const completion = await storePost<{ type: "order"; order: { id: string } } | { type: "cart"; error: unknown }>(`/store/carts/${cartId}/complete`, locale)
  if (!completion.ok) return data({ locale, error: backendSentence(completion.body, locale) }, { status: 402 })
  if (completion.body.type !== "order") return data({ locale, error: backendSentence(completion.body.error, locale) }, { status: 402 })
  const headers = new Headers()
  headers.append("set-cookie", await cartCookie.serialize("", { maxAge: 0 }))
  headers.append("set-cookie", await placedOrderCookie.serialize(completion.body.order.id))
  throw redirect(`/${locale}/orders/${completion.body.order.id}/confirmed`, { headers })
}

export function meta() {
  return [{ name: "robots", content: "noindex" }]
}

export default function CardReturn({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <section className="checkout">
      <h1>{t("card.title")}</h1>
      <p role="alert" className="error">{loaderData.error}</p>
      <p><Link to={`/${loaderData.locale}/checkout`} className="button">{t("card.back")}</Link></p>
    </section>
  )
}
