import { makeTranslator as makeWords } from "@ocop/i18n"
import type { vi } from "../locales/vi"

export type MessageKey = keyof typeof vi
export type Messages = Record<MessageKey, string>
export type Translate = (key: MessageKey, vars?: Record<string, unknown>) => string

/**
 * The page's words with {{name}} placeholders (@ocop/i18n, shared with the POS; decision 13).
 * The words arrive as the root loader's data, one language at a time (messages.server.ts), so no
 * page ships the other language's words as JavaScript.
 */
export function makeTranslator(messages: Messages): Translate {
  return makeWords(messages)
}

/** A route's meta function runs in the browser too: it reads the words from the root match. */
export function metaTranslator(matches: readonly unknown[]): Translate {
  const root = (matches as { id: string; data?: { messages?: Messages } }[]).find((m) => m?.id === "root")
  return makeTranslator(root?.data?.messages ?? ({} as Messages))
}
