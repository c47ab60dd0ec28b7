import { en } from "../locales/en"
import { vi } from "../locales/vi"
import type { Locale } from "./locale"

export type MessageKey = keyof typeof vi
export type Translate = (key: MessageKey, vars?: Record<string, unknown>) => string

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { vi, en }

/**
 * The page's words, fixed to the language in the URL, with {{name}} placeholders. Not i18next:
 * it would add 18 KB gzipped to every page and break the product page's 100 KB budget, for
 * features (plurals, namespaces, lazy loading) two hand-written dictionaries do not use
 * (decision 13).
 */
export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale]
  return (key, vars) => {
    const text = dictionary[key] ?? vi[key] ?? key
    return vars ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? "")) : text
  }
}
