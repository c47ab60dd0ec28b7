import { useState } from "react"
import { Link } from "react-router"
import { priceCart } from "../lib/cart-pricing"
import { useTill } from "../lib/till-context"
import { useI18n } from "../lib/use-t"
import { CustomerDialog, customerName } from "./customer-dialog"
import { Dialog } from "./dialog"
import { DiscountDialog } from "./discount-dialog"
import { Stars } from "./stars"
import { Icon } from "./icons"

type Open = { kind: "line"; variant_id: string } | { kind: "order" } | { kind: "customer" } | { kind: "note" } | null

/** The sale being rung up: lines with quantities and discounts, the customer, a note, the totals, Pay. */
export function CartPanel({ onDialog }: { onDialog: (open: boolean) => void }) {
  const { t, money, locale } = useI18n()
  const { cart, dispatch, me } = useTill()
  const [open, setOpenState] = useState<Open>(null)
  const setOpen = (o: Open) => {
    setOpenState(o)
    onDialog(o !== null)
  }
  const priced = priceCart(cart.lines, cart.order_discount)
  const lineFor = open?.kind === "line" ? cart.lines.findIndex((l) => l.variant_id === open.variant_id) : -1

  return (
    <aside className="cart" aria-label={t("cart.title")}>
      <div className="cart-head">
        <h2>{t("cart.title")}</h2>
        {cart.lines.length > 0 && <button type="button" className="button ghost small" onClick={() => dispatch({ type: "clear" })}>{t("cart.clear")}</button>}
      </div>
      <ol className="cart-lines">
        {cart.lines.length === 0 && <li className="empty">{t("cart.empty")}</li>}
        {cart.lines.map((l, i) => {
          const p = priced.lines[i]!
          return (
            <li key={l.variant_id} className="cart-line">
              <div className="line-title">
                <span>{locale === "vi" ? l.title_vi : l.title_en}{l.variant_title ? ` · ${l.variant_title}` : ""}</span>
                <Stars count={l.stars} />
                <span className="unit">{money(l.unit_price)}</span>
              </div>
              <div className="line-controls">
                <button type="button" className="step" onClick={() => dispatch({ type: "quantity", variant_id: l.variant_id, quantity: l.quantity - 1 })} aria-label={t("cart.less")}>−</button>
                <span className="qty" aria-label={t("cart.quantity")}>{l.quantity}</span>
                <button type="button" className="step" onClick={() => dispatch({ type: "quantity", variant_id: l.variant_id, quantity: l.quantity + 1 })} aria-label={t("cart.more")}>+</button>
                <button type="button" className={l.discount ? "step on" : "step"} onClick={() => setOpen({ kind: "line", variant_id: l.variant_id })} aria-label={t("cart.lineDiscount")}>%</button>
              </div>
              <div className="line-sum">
                {p.line_discount > 0 && <small>−{money(p.line_discount)} · {l.discount?.reason}</small>}
                <b>{money(p.gross - p.line_discount)}</b>
              </div>
              {l.quantity > l.available && <p className="warning small">{t("cart.overStock", { count: Math.max(0, l.available) })}</p>}
            </li>
          )
        })}
      </ol>
      <div className="cart-extras">
        <button type="button" className="button small" onClick={() => setOpen({ kind: "customer" })}>{cart.customer ? <><Icon name="person" /> {customerName(cart.customer)}</> : t("cart.customer")}</button>
        <button type="button" className="button small" onClick={() => setOpen({ kind: "note" })}>{cart.note ? <><Icon name="note" /> {cart.note.slice(0, 18)}</> : t("cart.note")}</button>
        <button type="button" className={cart.order_discount ? "button small on" : "button small"} disabled={cart.lines.length === 0} onClick={() => setOpen({ kind: "order" })}>{t("cart.orderDiscount")}</button>
      </div>
      <dl className="totals">
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(priced.subtotal)}</dd>
        {priced.discount_total > 0 && (
          <>
            <dt>{t("cart.discount")}{cart.order_discount ? ` (${cart.order_discount.reason})` : ""}</dt>
            <dd>−{money(priced.discount_total)}</dd>
          </>
        )}
        <dt className="grand">{t("cart.total")}</dt>
        <dd className="grand">{money(priced.total)}</dd>
      </dl>
      {cart.lines.length > 0 && priced.total > 0 ? (
        <Link className="button primary pay-button" to="/pay">{t("cart.pay")} · {money(priced.total)}</Link>
      ) : (
        <button type="button" className="button primary pay-button" disabled>{t("cart.pay")}</button>
      )}

      {open?.kind === "line" && lineFor >= 0 && (
        <DiscountDialog
          title={t("cart.lineDiscountFor", { title: locale === "vi" ? cart.lines[lineFor]!.title_vi : cart.lines[lineFor]!.title_en })}
          base={priced.lines[lineFor]!.gross}
          limit={me.limits.line_discount_percent}
          current={cart.lines[lineFor]!.discount}
          onApply={(d) => (dispatch({ type: "line_discount", variant_id: open.variant_id, discount: d }), setOpen(null))}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "order" && (
        <DiscountDialog
          title={t("cart.orderDiscount")}
          base={priced.after_lines}
          limit={me.limits.order_discount_percent}
          current={cart.order_discount}
          onApply={(d) => (dispatch({ type: "order_discount", discount: d }), setOpen(null))}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "customer" && (
        <CustomerDialog
          current={cart.customer}
          onPick={(c) => (dispatch({ type: "customer", customer: c }), setOpen(null))}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "note" && <NoteDialog note={cart.note} onSave={(note) => (dispatch({ type: "note", note }), setOpen(null))} onClose={() => setOpen(null)} />}
    </aside>
  )
}

function NoteDialog({ note, onSave, onClose }: { note: string; onSave: (n: string) => void; onClose: () => void }) {
  const { t } = useI18n()
  const [text, setText] = useState(note)
  return (
    <Dialog title={t("cart.note")} onClose={onClose}>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={300} />
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={() => onSave(text.trim())}>{t("dialog.save")}</button>
      </div>
    </Dialog>
  )
}
