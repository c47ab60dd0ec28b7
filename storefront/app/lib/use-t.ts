import { useMemo } from "react"
import { useParams, useRouteLoaderData } from "react-router"
import { makeTranslator, type Messages } from "./i18n"
import { isLocale } from "./locale"

/** The page's translator, from the words the root loader sent for the URL's language. */
export function useT() {
  const root = useRouteLoaderData("root") as { messages?: Messages } | undefined
  const messages = root?.messages
  return useMemo(() => makeTranslator(messages ?? ({} as Messages)), [messages])
}

export function useLocale() {
  const { lang } = useParams()
  return isLocale(lang) ? lang : "vi"
}
