import { parseVnd } from "@ocop/money"
import { useState } from "react"
import type { Discount, DiscountKind } from "../lib/api/types"
import { discountOf } from "../lib/cart-pricing"
import { checkDiscount } from "../lib/discount-limits"
import { useI18n } from "../lib/use-t"
import { Dialog } from "./dialog"

const REASONS = ["discount.reasonRegular", "discount.reasonDisplay", "discount.reasonRound", "discount.reasonGroup"] as const

/**
 * A line's or the order's discount: percent or đồng, with a reason, within the clerk's limit
 * (from /pos/me). Over the limit, it says why and what the most is, and is not applied.
 */
export function DiscountDialog({ title, base, limit, current, onApply, onClose }: { title: string; base: number; limit: number; current?: Discount; onApply: (d?: Discount) => void; onClose: () => void }) {
  const { t, money } = useI18n()
  const [kind, setKind] = useState<DiscountKind>(current?.kind ?? "percent")
  const [value, setValue] = useState(current ? String(current.value) : "")
  const [reason, setReason] = useState(current?.reason ?? "")
  const [tried, setTried] = useState(false)
  const amount = kind === "percent" ? (/^\d{1,3}$/.test(value.trim()) ? Number(value) : null) : parseVnd(value)
  const discount: Discount | null = amount === null ? null : { kind, value: amount, reason: reason.trim() }
  const problem = discount ? checkDiscount(base, discount, limit) : { problem: "bad_value" as const }
  const why =
    problem?.problem === "over_limit" ? t("discount.overLimit", { limit: problem.limit, max: money(problem.max_amount) })
    : problem?.problem === "no_reason" ? t("discount.needReason")
    : problem?.problem === "bad_value" ? t("discount.badValue")
    : null
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="segmented" role="radiogroup" aria-label={t("discount.kind")}>
        <button type="button" role="radio" aria-checked={kind === "percent"} onClick={() => setKind("percent")}>%</button>
        <button type="button" role="radio" aria-checked={kind === "amount"} onClick={() => setKind("amount")}>₫</button>
      </div>
      <label>
        {t(kind === "percent" ? "discount.percent" : "discount.amount")}
        <input className="amount" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <p className="muted-text">
        {t("discount.limit", { limit, max: money(Math.floor((base * limit) / 100)) })}
        {discount && !problem && ` · ${t("discount.takesOff", { amount: money(discountOf(base, discount)) })}`}
      </p>
      <label>
        {t("discount.reason")}
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={120} />
      </label>
      <div className="chips">
        {REASONS.map((r) => (
          <button key={r} type="button" className="chip" onClick={() => setReason(t(r))}>{t(r)}</button>
        ))}
      </div>
      <p className="error" role="alert">{tried && why ? why : problem?.problem === "over_limit" ? why : "\u00a0"}</p>
      <div className="dialog-actions">
        {current && <button type="button" className="button" onClick={() => onApply(undefined)}>{t("discount.remove")}</button>}
        <button type="button" className="button primary" onClick={() => (setTried(true), discount && !problem && onApply(discount))}>{t("discount.apply")}</button>
      </div>
    </Dialog>
  )
}
