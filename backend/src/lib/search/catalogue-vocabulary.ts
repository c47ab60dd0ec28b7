import type { ISearchModuleService } from "@medusajs/framework/types"
import { PRODUCT_INDEX } from "./product-index-fields"
import { vocabularyOf, type Vocabulary } from "./spelling"

/** New product names reach typo correction within this long (they are searchable at once). */
const REFRESH_MS = 10 * 60_000

let current: { vocabulary: Vocabulary; builtAt: number } | undefined
let building: Promise<Vocabulary> | undefined

/**
 * The words of every product's names, titles and tags, for correcting typos on the Postgres
 * provider. Built once per process from the index itself (the `folded` field), then refreshed
 * in the background; a search never waits for a refresh, only for the very first build.
 */
export async function catalogueVocabulary(search: ISearchModuleService): Promise<Vocabulary> {
  if (current) {
    if (Date.now() - current.builtAt > REFRESH_MS && !building) void rebuild(search).catch(() => {})
    return current.vocabulary
  }
  return building ?? rebuild(search)
}

/** Starts the first build early, so the first misspelt query does not pay for it. */
export function warmCatalogueVocabulary(search: ISearchModuleService) {
  if (!current && !building) void rebuild(search).catch(() => {})
}

function rebuild(search: ISearchModuleService): Promise<Vocabulary> {
  building = search
    .search({ entity: PRODUCT_INDEX, fields: ["folded"], pagination: { take: 1_000_000 }, search_options: { count: "none" } })
    .then((result) => {
      const vocabulary = vocabularyOf(result.hits.map((hit) => String((hit.document as any).folded ?? "")))
      current = { vocabulary, builtAt: Date.now() }
      return vocabulary
    })
    .finally(() => {
      building = undefined
    })
  return building
}
