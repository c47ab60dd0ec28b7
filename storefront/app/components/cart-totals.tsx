import { formatMoney } from "../lib/format"
import type { Locale } from "../lib/locale"
import { useT } from "../lib/use-t"

export function CartTotals({ cart, locale }: { cart: any; locale: Locale }) {
  const t = useT()
  const money = (n: number) => formatMoney(n ?? 0, cart.currency_code, locale)
  return (
    <dl className="totals">
      <dt>{t("cart.subtotal")}</dt>
      <dd>{money(cart.item_total)}</dd>
      {cart.shipping_methods?.length > 0 && (
        <>
          <dt>{t("cart.shipping")}</dt>
          <dd>{money(cart.shipping_total)}</dd>
        </>
      )}
      <dt className="total">{t("cart.total")}</dt>
      <dd className="total" data-testid="cart-total">{money(cart.total)}</dd>
    </dl>
  )
}
