import { useEffect, useRef } from "react"
import { useI18n } from "../lib/use-t"

/** A PIN's digits as dots, and a big keypad; the keyboard's digits, Backspace and Enter work too. */
export function PinPad({ value, onChange, onSubmit, max = 6, disabled = false }: { value: string; onChange: (v: string) => void; onSubmit: (pin: string) => void; max?: number; disabled?: boolean }) {
  const { t } = useI18n()
  // Keys can come faster than the screen re-renders: each one builds on the last one typed.
  const current = useRef(value)
  current.current = value
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (disabled) return
      const v = current.current
      let next = v
      if (/^\d$/.test(e.key) && v.length < max) next = v + e.key
      else if (e.key === "Backspace") next = v.slice(0, -1)
      else if (e.key === "Enter") onSubmit(v)
      else return
      e.preventDefault()
      if (next !== v) {
        current.current = next
        onChange(next)
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [onChange, onSubmit, max, disabled])
  return (
    <div className="pin-pad">
      <div className="pin-dots" aria-label={t("pin.entered", { count: value.length })}>
        {Array.from({ length: max }, (_, i) => (
          <span key={i} className={i < value.length ? "dot on" : "dot"} />
        ))}
      </div>
      <div className="keypad">
        {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((d) => (
          <button key={d} type="button" disabled={disabled || value.length >= max} onClick={() => onChange(value + d)}>{d}</button>
        ))}
        <button type="button" className="muted" disabled={disabled} onClick={() => onChange(value.slice(0, -1))} aria-label={t("keypad.back")}>⌫</button>
        <button type="button" disabled={disabled || value.length >= max} onClick={() => onChange(value + "0")}>0</button>
        <button type="button" className="primary" disabled={disabled || value.length < 4} onClick={() => onSubmit(value)} aria-label={t("keypad.ok")}>✓</button>
      </div>
    </div>
  )
}
