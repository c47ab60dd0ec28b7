import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react"
import { formatDateTime, formatMoney } from "@ocop/money"
import { en } from "../locales/en"
import { vi } from "../locales/vi"
import { LOCALE_KEY, makeTranslator, storedLocale, type Locale, type Translate } from "./i18n"

type I18n = { locale: Locale; setLocale: (l: Locale) => void; t: Translate; money: (amount: number) => string; dateTime: (iso: string) => string }

const I18nContext = createContext<I18n | null>(null)

/** Both dictionaries ship: a till is installed once and switches language on the spot. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, set] = useState<Locale>(() => storedLocale())
  const setLocale = useCallback((l: Locale) => {
    set(l)
    try {
      localStorage.setItem(LOCALE_KEY, l)
    } catch {
      // private mode: the choice lasts this session
    }
  }, [])
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: makeTranslator(locale === "vi" ? vi : en),
      money: (amount) => formatMoney(amount, "VND", locale),
      dateTime: (iso) => formatDateTime(iso, locale),
    }),
    [locale, setLocale],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error("useI18n outside I18nProvider")
  return value
}
