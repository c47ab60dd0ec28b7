import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Locale } from "../../modules/ocop/lib/vocabulary"
import { POSTGRES_SEARCH_PROVIDER } from "../../config/search"
import { cachedAnswer } from "./answer-cache"
import { catalogueLabels } from "./catalogue-labels"
import { catalogueVocabulary, warmCatalogueVocabulary } from "./catalogue-vocabulary"
import { fold } from "./fold"
import { PRODUCT_INDEX } from "./product-index-fields"
import { buildSearchQuery, DEFAULT_FACETS, effectiveSort, type SearchParams } from "./search-query"
import { facetCounts, facetLabels, hitView } from "./search-response"
import { correctQuery } from "./spelling"

/** The search engine failed or did not answer: the caller gets a 503, not a stack trace. */
export class SearchUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super("Search is unavailable right now. Please try again in a moment.")
  }
}

type Context = { salesChannelIds: string[]; locale: Locale }

/** Runs one catalogue search and shapes the answer of GET /store/ocop/search. */
export function searchProducts(scope: MedusaContainer, params: SearchParams, ctx: Context) {
  return cachedAnswer(scope, { params, ctx }, () => answer(scope, params, ctx))
}

/**
 * Typos: Meilisearch tolerates them itself (index settings). On Postgres, a query whose exact
 * words find nothing has its unknown words corrected against the catalogue's own words and runs
 * once more; the answer then gives `corrected_query`. (The provider's own typo match scans every
 * row with pg_trgm: 2 s per query on 10,000 products, docs/decisions/0009.) Postgres gets the
 * words without diacritics, the form our vocabulary holds; its text search configuration folds
 * them anyway, so the exact search finds the same either way.
 */
async function answer(scope: MedusaContainer, params: SearchParams, ctx: Context) {
  const searchModule = scope.resolve(Modules.SEARCH)
  const postgres = searchModule.getIndex(PRODUCT_INDEX).provider === POSTGRES_SEARCH_PROVIDER
  if (postgres) warmCatalogueVocabulary(searchModule)
  const q = params.q ? (postgres ? fold(params.q) : params.q) : undefined
  const build = (words: string | undefined) =>
    buildSearchQuery({ ...params, q: words }, { salesChannelIds: ctx.salesChannelIds, now: new Date() })

  const [labels, exact] = await Promise.all([catalogueLabels(scope), engine(() => searchModule.search(build(q)))])
  let result = exact
  let corrected: string | null = null
  if (postgres && q && exact.metadata.count === 0) {
    const spelling = correctQuery(q, await engine(() => catalogueVocabulary(searchModule)))
    if (spelling.corrections.length) {
      result = await engine(() => searchModule.search(build(spelling.query)))
      corrected = spelling.query
    }
  }

  const facets = facetCounts(result.facets as any, params.facets?.length ? params.facets : DEFAULT_FACETS)
  return {
    hits: result.hits.map((hit) => hitView(hit.document as Record<string, any>, ctx.locale)),
    count: result.metadata.count ?? 0,
    limit: params.limit,
    offset: params.offset,
    query: params.q ?? "",
    corrected_query: corrected,
    sort: effectiveSort(params),
    facets,
    facet_labels: facetLabels(facets, labels, ctx.locale),
  }
}

/** Bad queries stay 400s; anything else the engine throws means it cannot serve us now. */
async function engine<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    if (e instanceof MedusaError && [MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_ALLOWED].includes(e.type as any)) throw e
    throw new SearchUnavailableError(e)
  }
}
