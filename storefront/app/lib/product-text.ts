import type { Locale } from "./locale"

type WithText = { title?: string | null; description?: string | null; metadata?: Record<string, unknown> | null }

/** Product text in the page's language: Vietnamese fields, English in metadata (decision 7). */
export function productTitle(p: WithText, locale: Locale): string {
  return (locale === "en" && (p.metadata?.title_en as string)) || p.title || ""
}

export function productDescription(p: WithText, locale: Locale): string {
  return (locale === "en" && (p.metadata?.description_en as string)) || p.description || ""
}
