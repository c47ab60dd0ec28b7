import { describe, expect, it } from "vitest"
import { searchModule, searchProvider } from "./search"

const providers = (env: Record<string, string>) => (searchModule(env).options as any).providers as any[]

describe("search module configuration", () => {
  it("uses the Postgres provider with the Vietnamese text search configuration by default", () => {
    expect(searchProvider({})).toBe("search-postgres")
    const config = searchModule({})
    expect((config.options as any).default_provider).toBe("search-postgres")
    expect(providers({})).toEqual([
      { resolve: "./src/providers/search-postgres-tuned", id: "postgres", options: { language: "vietnamese" } },
    ])
  })

  it("switches to Meilisearch with MEILISEARCH_HOST, keeping Postgres registered for the move", () => {
    const env = { MEILISEARCH_HOST: "http://127.0.0.1:7700", MEILISEARCH_API_KEY: "masterKey" }
    expect(searchProvider(env)).toBe("meilisearch")
    expect((searchModule(env).options as any).default_provider).toBe("meilisearch")
    const [postgres, meili] = providers(env)
    expect(postgres.id).toBe("postgres")
    expect(meili.resolve).toBe("@rokmohar/medusa-plugin-meilisearch/providers/meilisearch")
    expect(meili.options.config).toEqual({ host: "http://127.0.0.1:7700", apiKey: "masterKey", timeout: 5000 })
  })

  it("bounds every Meilisearch request, so a dead server cannot hang a page", () => {
    const [, meili] = providers({ MEILISEARCH_HOST: "http://meili:7700", MEILISEARCH_TIMEOUT_MS: "1500" })
    expect(meili.options.config.timeout).toBe(1500)
    expect(meili.options.task_timeout_ms).toBeGreaterThan(0)
  })

  it("refuses a MEILISEARCH_HOST that is not a URL", () => {
    expect(() => searchModule({ MEILISEARCH_HOST: "localhost:7700" })).toThrow(/MEILISEARCH_HOST must be a URL/)
  })
})
