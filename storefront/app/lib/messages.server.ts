import { en } from "../locales/en"
import { vi } from "../locales/vi"
import { makeTranslator, type Messages, type Translate } from "./i18n"
import type { Locale } from "./locale"

const DICTIONARIES: Record<Locale, Messages> = { vi, en }

/** One language's words, for the root loader to hand to the page. */
export function messagesFor(locale: Locale): Messages {
  return DICTIONARIES[locale]
}

/** The words on the server (loaders, actions, tests). */
export function translator(locale: Locale): Translate {
  return makeTranslator({ ...vi, ...DICTIONARIES[locale] })
}
