import type { MessageKey, Translate } from "../i18n"

const NAMED = new Set(["variant_id", "quantity", "code", "line_id"])

/** A field a cart or add-to-cart schema named, as the shopper reads it. */
export function formWord(t: Translate, field: string): string {
  return t(NAMED.has(field) ? (`form.${field}` as MessageKey) : "form.invalid")
}
