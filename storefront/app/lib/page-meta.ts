import type { Locale } from "./locale"

const OG_LOCALE: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" }

/**
 * The tags a public page shares: title, description, Open Graph and a canonical URL, and an
 * explicit "index": these pages are what the city wants found.
 */
export function pageMeta(p: { title: string; description: string; url: string; locale: Locale; type?: string; image?: string | null }) {
  const description = p.description.replace(/\s+/g, " ").trim()
  return [
    { title: p.title },
    { name: "description", content: clip(description, 160) },
    { name: "robots", content: "index, follow" },
    { tagName: "link", rel: "canonical", href: p.url },
    { property: "og:type", content: p.type ?? "website" },
    { property: "og:title", content: p.title },
    { property: "og:description", content: clip(description, 200) },
    { property: "og:url", content: p.url },
    { property: "og:locale", content: OG_LOCALE[p.locale] },
    ...(p.image ? [{ property: "og:image", content: p.image }] : []),
  ]
}

/** Cut at a word, so a description never ends mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(" ")
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}
