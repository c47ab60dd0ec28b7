import { useMemo } from "react"
import { useParams } from "react-router"
import { translator } from "./i18n"
import { isLocale } from "./locale"

/** The page's translator, from the language in the URL. */
export function useT() {
  const locale = useLocale()
  return useMemo(() => translator(locale), [locale])
}

export function useLocale() {
  const { lang } = useParams()
  return isLocale(lang) ? lang : "vi"
}
