/**
 * Configures Medusa's Search Module from the environment.
 *
 * - Always: the Postgres provider, with the `vietnamese` text search configuration (a `simple`
 *   parser with `unaccent`, created by the OCOP module's migrations), so "gom" finds "gốm" and
 *   nothing is stemmed as English.
 * - MEILISEARCH_HOST set: the Meilisearch provider becomes the default. Postgres stays
 *   registered, so `db:migrate` can retire the indexes it held when the provider changes.
 */
import type { Env, ModuleEntry } from "./infrastructure"

export const POSTGRES_SEARCH_PROVIDER = "search-postgres"
export const MEILISEARCH_PROVIDER = "meilisearch"
/** The language suffix of the text search configuration `medusa_search_vietnamese`. */
export const POSTGRES_SEARCH_LANGUAGE = "vietnamese"
/** Every Meilisearch request gives up after this long: a dead server must not hang a page. */
export const MEILISEARCH_TIMEOUT_MS = 5_000

export function searchProvider(env: Env): typeof POSTGRES_SEARCH_PROVIDER | typeof MEILISEARCH_PROVIDER {
  return env.MEILISEARCH_HOST ? MEILISEARCH_PROVIDER : POSTGRES_SEARCH_PROVIDER
}

export function searchModule(env: Env): ModuleEntry {
  const host = env.MEILISEARCH_HOST
  const providers: Record<string, unknown>[] = [
    {
      // Medusa's provider with a storage setting tuned (src/providers/search-postgres-tuned).
      resolve: "./src/providers/search-postgres-tuned",
      id: "postgres",
      options: { language: POSTGRES_SEARCH_LANGUAGE },
    },
  ]
  if (host) {
    if (!/^https?:\/\//.test(host)) {
      throw new Error(`MEILISEARCH_HOST must be a URL such as http://127.0.0.1:7700 (got "${host}").`)
    }
    providers.push({
      resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
      id: "meilisearch",
      options: {
        config: {
          host,
          apiKey: env.MEILISEARCH_API_KEY || undefined,
          timeout: Number(env.MEILISEARCH_TIMEOUT_MS || MEILISEARCH_TIMEOUT_MS),
        },
        // Reindexing waits for each batch to land; a stuck task fails the run instead of hanging it.
        task_timeout_ms: 60_000,
      },
    })
  }
  return {
    resolve: "@medusajs/medusa/search",
    options: {
      default_provider: searchProvider(env),
      providers,
      reindex: { batch_size: 500 },
    },
  }
}
