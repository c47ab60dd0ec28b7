/** Says a key of a dictionary, with {{name}} placeholders filled in. */
export type Translate<K extends string> = (key: K, vars?: Record<string, unknown>) => string

/**
 * A dictionary's translator. Not i18next: it would add 18 KB gzipped for features (plurals,
 * namespaces, lazy loading) two hand-written dictionaries per app do not use (decision 13).
 * A key missing from the dictionary says itself, so a gap shows rather than breaks the page.
 */
export function makeTranslator<K extends string>(messages: Record<K, string>): Translate<K> {
  return (key, vars) => {
    const text = messages[key] ?? key
    return vars ? text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? "")) : text
  }
}
