import { data, Form, Link, useNavigation } from "react-router"
import { CartTotals } from "../../components/cart-totals"
import { readCart } from "../../lib/cart.server"
import { backendSentence } from "../../lib/backend-errors"
import { CartAction, formObject } from "../../lib/forms/cart-forms"
import { formWord } from "../../lib/forms/form-word"
import { useFormCheck } from "../../lib/forms/use-form-check"
import { formatMoney } from "../../lib/format"
import { isLocale, type Locale } from "../../lib/locale"
import { sdk } from "../../lib/medusa.server"
import { productTitle } from "../../lib/product-text"
import { useT } from "../../lib/use-t"
import type { Route } from "./+types/cart"

export async function loader({ request, params }: Route.LoaderArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  return { locale, cart: await readCart(request, locale) }
}

export async function action({ request, params }: Route.ActionArgs) {
  const locale = (isLocale(params.lang) ? params.lang : "vi") as Locale
  const parsed = CartAction.safeParse(formObject(await request.formData()))
  if (!parsed.success) return data({ error: null, fields: [...new Set(parsed.error.issues.map((i) => i.message))] }, { status: 400 })
  const cart = await readCart(request, locale)
  if (!cart) return data({ error: null, fields: ["line_id"] }, { status: 404 })
  const input = parsed.data
  try {
    if (input.intent === "remove" || (input.intent === "update" && input.quantity === 0)) {
      await sdk.store.cart.deleteLineItem(cart.id, input.line_id)
    } else if (input.intent === "update") {
      await sdk.store.cart.updateLineItem(cart.id, input.line_id, { quantity: input.quantity })
    } else {
      // Added, not set: POST /store/carts/:id with promo_codes replaces the codes already applied.
      await sdk.store.cart.addPromotions(cart.id, { promo_codes: [input.code] })
      const after = await readCart(request, locale)
      if (!after?.promotions?.some((p: any) => p.code?.toLowerCase() === input.code.toLowerCase())) {
        return data({ error: backendSentence({ message: "promotion code" }, locale), fields: [] as string[] }, { status: 400 })
      }
    }
  } catch (error) {
    return data({ error: backendSentence(error, locale), fields: [] as string[] }, { status: 400 })
  }
  return { error: null, fields: [] as string[] }
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data?.locale === "en" ? "Cart · OCOP Hanoi" : "Giỏ hàng · OCOP Hà Nội" }, { name: "robots", content: "noindex" }]
}

export default function Cart({ loaderData, actionData }: Route.ComponentProps) {
  const { locale, cart } = loaderData
  const t = useT()
  const busy = useNavigation().state !== "idle"
  const check = useFormCheck(() => import("../../lib/forms/cart-forms").then((m) => m.CartAction), actionData?.fields)
  // A field the schema named, in the shopper's words, else the backend's sentence.
  const error = check.fields[0] ? formWord(t, check.fields[0]) : actionData?.error
  if (!cart || !cart.items?.length) {
    return (
      <section className="cart">
        <h1>{t("cart.title")}</h1>
        <p>{t("cart.empty")}</p>
        <p><Link to={`/${locale}/search`}>{t("cart.continue")}</Link></p>
      </section>
    )
  }
  return (
    <section className="cart">
      <h1>{t("cart.title")}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="lines">
        {cart.items.map((item: any) => (
          <li key={item.id} className="line">
            <img src={item.thumbnail ?? "/placeholder.svg"} alt="" width={80} height={80} />
            <div>
              <Link to={`/${locale}/products/${item.product_handle ?? item.product?.handle}`}>{productTitle(item.product ?? { title: item.product_title }, locale)}</Link>
              {item.variant_title && item.variant_title !== "Default option value" && <p className="muted">{item.variant_title}</p>}
              <p>{formatMoney(item.unit_price, cart.currency_code, locale)}</p>
            </div>
            <Form method="post" className="qty" {...check.form}>
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="line_id" value={item.id} />
              <label>
                <span className="visually-hidden">{t("product.quantity")}</span>
                <input type="number" name="quantity" min={0} max={99} defaultValue={item.quantity} inputMode="numeric" />
              </label>
              <button type="submit" disabled={busy}>{t("cart.update")}</button>
            </Form>
            <Form method="post" {...check.form}>
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="line_id" value={item.id} />
              <button type="submit" className="link" disabled={busy}>{t("cart.remove")}</button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" className="promo" {...check.form}>
        <input type="hidden" name="intent" value="promotion" />
        <label htmlFor="code">{t("cart.promo")}</label>
        <input id="code" name="code" maxLength={50} required />
        <button type="submit" disabled={busy}>{t("cart.applyPromo")}</button>
      </Form>
      <CartTotals cart={cart} locale={locale} />
      <p className="actions">
        <Link to={`/${locale}/checkout`} className="button primary">{t("cart.checkout")}</Link>
        <Link to={`/${locale}/search`}>{t("cart.continue")}</Link>
      </p>
    </section>
  )
}
