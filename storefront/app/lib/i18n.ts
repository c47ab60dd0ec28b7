import type { vi } from "../locales/vi"

export type MessageKey = keyof typeof vi
export type Messages = Record<MessageKey, string>
export type Translate = (key: MessageKey, vars?: Record<string, unknown>) => string

/**
 * The page's words with {{name}} placeholders. Not i18next: it would add 18 KB gzipped to every
 * page, for features (plurals, namespaces, lazy loading) two hand-written dictionaries do not use
 * (decision 13). The words arrive as the root loader's data, one language at a time
 * (messages.server.ts), so no page ships the other language's words as JavaScript.
 */
export function makeTranslator(messages: Messages): Translate {
  return (key, vars) => {
    const text = messages[key] ?? key
    return vars ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? "")) : text
  }
}

/** A route's meta function runs in the browser too: it reads the words from the root match. */
export function metaTranslator(matches: readonly unknown[]): Translate {
  const root = (matches as { id: string; data?: { messages?: Messages } }[]).find((m) => m?.id === "root")
  return makeTranslator(root?.data?.messages ?? ({} as Messages))
}
