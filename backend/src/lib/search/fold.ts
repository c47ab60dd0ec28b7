/**
 * Folds Vietnamese (and any Latin) text for matching: lower case, no diacritics, đ as d.
 * "Bát Tràng" -> "bat trang", "đồng" -> "dong". PostgreSQL's unaccent does the same inside the
 * text search configuration; this copy is for the trigram (typo) path, which compares raw text.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .normalize("NFC")
}
