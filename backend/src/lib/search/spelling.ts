import distance from "damerau-levenshtein"
import { fold } from "./fold"

/** Folded word -> how many documents use it. */
export type Vocabulary = Map<string, number>

const WORD = /[\p{L}\p{N}]+/gu

/** The words of a set of texts, folded, with the number of texts each appears in. */
export function vocabularyOf(texts: Iterable<string>): Vocabulary {
  const vocabulary: Vocabulary = new Map()
  for (const text of texts) {
    for (const word of new Set(fold(text).match(WORD) ?? [])) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
  }
  return vocabulary
}

/**
 * Edits allowed per word, as Meilisearch counts them (our index settings): none under 4
 * letters, one from 4, two from 8. A swap of two neighbouring letters is one edit.
 */
export function typoBudget(word: string): number {
  if (word.length >= 8) return 2
  if (word.length >= 4) return 1
  return 0
}

/**
 * Replaces each word of the query that the catalogue does not use by the closest word it does
 * use, within the typo budget; ties go to the more common word. Numbers (barcodes, SKUs) and
 * known words are kept. "bat trnag" -> "bat trang", "ceramc" -> "ceramic".
 */
export function correctQuery(q: string, vocabulary: Vocabulary): { query: string; corrections: [string, string][] } {
  const words = fold(q).match(WORD) ?? []
  const corrections: [string, string][] = []
  const corrected = words.map((word) => {
    const budget = typoBudget(word)
    if (!budget || vocabulary.has(word) || /^\d+$/.test(word)) return word
    let best: { word: string; steps: number; uses: number } | undefined
    for (const [candidate, uses] of vocabulary) {
      if (Math.abs(candidate.length - word.length) > budget) continue
      const { steps } = distance(word, candidate)
      if (steps > budget) continue
      if (!best || steps < best.steps || (steps === best.steps && uses > best.uses)) best = { word: candidate, steps, uses }
    }
    if (!best) return word
    corrections.push([word, best.word])
    return best.word
  })
  return { query: corrected.join(" "), corrections }
}
