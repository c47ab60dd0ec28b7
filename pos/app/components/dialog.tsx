import { useEffect, useRef, type ReactNode } from "react"
import { useI18n } from "../lib/use-t"

/** A modal over the screen: Escape or the close button closes it; focus moves into it. */
export function Dialog({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const { t } = useI18n()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose()
    window.addEventListener("keydown", onKey)
    box.current?.querySelector<HTMLElement>("input, select, textarea, button:not(.close)")?.focus()
    return () => window.removeEventListener("keydown", onKey)
  }, [onClose])
  return (
    <div className="overlay" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={wide ? "dialog wide" : "dialog"} role="dialog" aria-modal="true" aria-label={title} ref={box}>
        <header>
          <h2>{title}</h2>
          <button type="button" className="icon close" onClick={onClose} aria-label={t("dialog.close")}>✕</button>
        </header>
        {children}
      </div>
    </div>
  )
}
