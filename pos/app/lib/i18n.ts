import type { Translate as TranslateKey } from "@ocop/i18n"
import type { vi } from "../locales/vi"

export { makeTranslator } from "@ocop/i18n"
export type Locale = "vi" | "en"
export type MessageKey = keyof typeof vi
export type Translate = TranslateKey<MessageKey>

export const LOCALE_KEY = "ocop-pos-locale"

/** The language this device was last set to (read synchronously, so the first paint is in it). */
export function storedLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(LOCALE_KEY) === "en" ? "en" : "vi"
  } catch {
    return "vi"
  }
}
