import { parseVnd } from "@ocop/money"
import { useI18n } from "../lib/use-t"

/**
 * An amount of đồng, typed on the keyboard ("450000", "450.000", "450k") or on the big keypad.
 * The text is the clerk's; the screen reads it with parseVnd.
 */
export function MoneyField({ label, value, onChange, id, autoFocus }: { label: string; value: string; onChange: (v: string) => void; id: string; autoFocus?: boolean }) {
  const { t, money } = useI18n()
  const amount = parseVnd(value)
  const press = (key: string) => {
    const digits = value.replace(/\D/g, "")
    if (key === "back") onChange(digits.slice(0, -1))
    else if (key === "clear") onChange("")
    else onChange((digits + key).replace(/^0+(?=\d)/, "").slice(0, 12))
  }
  return (
    <div className="money-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="amount" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus} aria-invalid={value !== "" && amount === null} />
      <p className="amount-read" aria-live="polite">{value === "" ? "\u00a0" : amount === null ? t("money.invalid") : money(amount)}</p>
      <div className="keypad">
        {["1", "2", "3", "4", "5", "6", "7", "8", "9", "000", "0"].map((k) => (
          <button key={k} type="button" onClick={() => press(k)}>{k}</button>
        ))}
        <button type="button" className="muted" onClick={() => press("back")} aria-label={t("keypad.back")}>⌫</button>
      </div>
    </div>
  )
}
