import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

/**
 * Medusa's Postgres search provider, with one storage setting changed on the tables it creates.
 *
 * Every filter, sort and facet reads the `indexed` jsonb column of every matching row. With the
 * default storage a product's row (document, indexed, text, vector: about 10 kB) is squeezed
 * under 2 kB, so `indexed` is pglz-compressed and decompressed again on each read. On 10,000
 * products that made each facet scan cost 300-450 ms; stored plainly it costs 30-50 ms
 * (measured, docs/decisions/0009). So: `indexed` stays inline and uncompressed (MAIN, with the
 * tuple target raised), and the large columns only read for the page of hits go out of line.
 * Nothing else differs from the stock provider: same identifier, queries, plans and tables.
 */
export class TunedPostgresSearchService extends PostgresSearchService {
  protected override async createDocumentTable(table: string, plan: any, manager: any): Promise<void> {
    await super.createDocumentTable(table, plan, manager)
    try {
      await manager.execute(`
        ALTER TABLE "${table}"
          SET (toast_tuple_target = 8160),
          ALTER COLUMN "indexed" SET STORAGE MAIN,
          ALTER COLUMN "document" SET STORAGE EXTERNAL,
          ALTER COLUMN "search_text" SET STORAGE EXTERNAL
      `)
    } catch (e) {
      // Only speed depends on it: search works with the stock storage.
      this.logger_?.warn(`Search: could not tune the storage of ${table}: ${(e as Error).message}`)
    }
  }
}
